package org.opsdb.demoworkflow;

import org.opsdb.demo.OpsDbDemoApplication;
import org.opsdb.demoworkflow.calibration.Calibration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The demo after a developer edited its entities: everything it had, plus {@link Calibration}. */
@SpringBootApplication(scanBasePackageClasses = OpsDbDemoApplication.class)
@EntityScan(basePackageClasses = {OpsDbDemoApplication.class, Calibration.class})
@EnableJpaRepositories(basePackageClasses = OpsDbDemoApplication.class)
public class DemoWithCalibrationApplication {
}
