package org.opsdb.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Logs one line saying where to look once the service is up: the API's address, the database URL (never a
 * password: query parameters are left out) and, for the embedded server, where its data lives.
 */
@Component
class ReadyLogger implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ReadyLogger.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        log.info(readyLine(env));
    }

    static String readyLine(Environment env) {
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        String url = env.getProperty("spring.datasource.url", "(none)");
        int query = url.indexOf('?');
        String shownUrl = query < 0 ? url : url.substring(0, query);
        String data = env.getProperty("opsdb.demo.embedded.running-data-directory");
        return "opsdb demo ready: http://localhost:" + port + "/api/observations — database " + shownUrl
                + (data != null ? ", data in " + data : "");
    }
}
