package org.opsdb.migrations.autogenerate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.autogenerate.shop.AuditEvent;
import org.opsdb.migrations.autogenerate.shop.Category;
import org.opsdb.migrations.autogenerate.shop.Customer;
import org.opsdb.migrations.autogenerate.shop.CustomerAddress;
import org.opsdb.migrations.autogenerate.shop.CustomerOrder;
import org.opsdb.migrations.autogenerate.shop.Invoice;
import org.opsdb.migrations.autogenerate.shop.OrderLine;
import org.opsdb.migrations.autogenerate.shop.Payment;
import org.opsdb.migrations.autogenerate.shop.Product;
import org.opsdb.migrations.autogenerate.shop.ProductCategory;
import org.opsdb.migrations.autogenerate.shop.Review;
import org.opsdb.migrations.autogenerate.shop.Shipment;
import org.opsdb.migrations.autogenerate.shop.StockLevel;
import org.opsdb.migrations.autogenerate.shop.StockMovement;
import org.opsdb.migrations.autogenerate.shop.Supplier;
import org.opsdb.migrations.autogenerate.shop.SupplierProduct;
import org.opsdb.migrations.autogenerate.shop.TaxRate;
import org.opsdb.migrations.autogenerate.shop.Warehouse;
import org.opsdb.migrations.hibernate.HibernateModelSource;
import org.opsdb.migrations.runtime.DatabaseState;
import org.opsdb.migrations.testdb.PostgresServer;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * Issue 17: on a realistic entity model (two schemas, unique columns, composite keys, enums, arrays, timestamps)
 * autogenerate and check are exact: a clean upgrade leaves nothing to report or write, a downgrade restores the
 * catalog exactly, and the schema we create is the one Hibernate's own schema export creates.
 */
class EntityModelExactnessTest {

    static final List<Class<?>> ENTITIES = List.of(Customer.class, CustomerAddress.class, Category.class,
            Product.class, ProductCategory.class, Warehouse.class, StockLevel.class, StockMovement.class,
            CustomerOrder.class, OrderLine.class, Shipment.class, Review.class, AuditEvent.class, Supplier.class,
            SupplierProduct.class, Invoice.class, Payment.class, TaxRate.class);

    static final Map<String, Object> NAMING = Map.of("hibernate.physical_naming_strategy",
            "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");

    static final ModelSource MODEL = HibernateModelSource.ofEntities(ENTITIES, NAMING);

    @Test
    void cleanUpgradeLeavesNothingToReportAndDowngradeEmptiesTheCatalog(@TempDir Path dir) throws Exception {
        try (TestDatabase db = PostgresServer.shared().createDatabase("shop")) {
            Migrations empty = Migrations.configure().dataSource(db.dataSource()).locations(dir.toString()).load();
            RevisionResult first = empty.revision(RevisionRequest.of("shop").autogenerate(MODEL).directory(dir));
            List<String> before = CatalogFacts.of(db);
            Migrations migrations = Migrations.configure().dataSource(db.dataSource()).locations(dir.toString())
                    .load();
            migrations.upgrade("head");
            List<String> created = CatalogFacts.of(db);

            ModelCheckResult check = migrations.check(MODEL);
            assertThat(check.differences()).isEmpty();
            assertThat(check.upgrade()).isEmpty();
            assertThat(check.inSync()).isTrue();
            RevisionResult second = migrations.revision(RevisionRequest.of("nothing").autogenerate(MODEL)
                    .directory(dir));
            assertThat(body(second.path())).isEqualTo("-- upgrade\n\n-- downgrade\n");
            Files.delete(second.path());

            migrations.downgrade("base");
            assertThat(CatalogFacts.of(db)).isEqualTo(before);
            migrations.upgrade("head");
            assertThat(CatalogFacts.of(db)).isEqualTo(created);
            assertThat(first.revision()).isNotBlank();
        }
    }

    @Test
    void theSchemaWeCreateIsTheOneHibernateCreates(@TempDir Path dir) throws Exception {
        try (TestDatabase ours = PostgresServer.shared().createDatabase("shop_ours");
             TestDatabase theirs = PostgresServer.shared().createDatabase("shop_hbm")) {
            Migrations migrations = Migrations.configure().dataSource(ours.dataSource()).locations(dir.toString())
                    .load();
            migrations.revision(RevisionRequest.of("shop").autogenerate(MODEL).directory(dir));
            Migrations loaded = Migrations.configure().dataSource(ours.dataSource()).locations(dir.toString())
                    .load();
            loaded.upgrade("head");
            hibernateCreate(theirs);

            assertThat(CatalogFacts.constraints(ours)).contains(
                    "constraint public.customer customer_email_key: UNIQUE (email)",
                    "constraint billing.invoice invoice_number_key: UNIQUE (number)",
                    "constraint public.supplier supplier_tax_id_key: UNIQUE (tax_id)",
                    "constraint public.review review_product_id_customer_id_key: UNIQUE (product_id, customer_id)",
                    "constraint public.review review_rating_check: CHECK (((rating >= 1) AND (rating <= 5)))",
                    "constraint public.stock_level stock_level_pkey: PRIMARY KEY (warehouse_id, product_id, lot)",
                    "constraint billing.tax_rate tax_rate_pkey: PRIMARY KEY (country, valid_from, category)",
                    "constraint public.order_line order_line_pkey: PRIMARY KEY (line_no, order_id)",
                    "constraint public.stock_movement fkou9atjmsa085a52jho1bji2hd: FOREIGN KEY (stock_warehouse_id,"
                            + " stock_product_id, stock_lot) REFERENCES stock_level(warehouse_id, product_id, lot)");
            assertThat(CatalogFacts.schemas(ours)).isEqualTo(CatalogFacts.schemas(theirs));
            assertThat(CatalogFacts.columns(ours)).isEqualTo(CatalogFacts.columns(theirs));
            assertThat(CatalogFacts.constraints(ours)).isEqualTo(CatalogFacts.constraints(theirs));
            assertThat(CatalogFacts.of(ours)).isEqualTo(CatalogFacts.of(theirs));

            Migrations onHibernates = Migrations.configure().dataSource(theirs.dataSource())
                    .locations(dir.toString()).load();
            onHibernates.stamp("head");
            assertThat(onHibernates.check(MODEL).differences()).isEmpty();
            execute(theirs, "ALTER TABLE customer DROP CONSTRAINT customer_email_key");
            assertThat(onHibernates.check(MODEL).differences())
                    .containsExactly("add constraint customer_email_key on customer");
        }
    }

    @Test
    void timestampPrecisionRoundTripsAndCheckSeesIt(@TempDir Path dir) throws Exception {
        try (TestDatabase db = PostgresServer.shared().createDatabase("shop_precision")) {
            Migrations empty = Migrations.configure().dataSource(db.dataSource()).locations(dir.toString()).load();
            empty.revision(RevisionRequest.of("shop").autogenerate(MODEL).directory(dir));
            Migrations migrations = Migrations.configure().dataSource(db.dataSource()).locations(dir.toString())
                    .load();
            migrations.upgrade("head");
            List<String> before = CatalogFacts.of(db);
            assertThat(before).contains(
                    "column public.audit_event.occurred_at timestamp(6) with time zone",
                    "column public.audit_event.recorded_local timestamp(6) without time zone",
                    "column public.stock_level.counted_at timestamp(3) with time zone",
                    "column public.shipment.cutoff time(0) without time zone");

            ModelSource withoutAudit = HibernateModelSource.ofEntities(
                    ENTITIES.stream().filter(e -> e != AuditEvent.class).toList(), NAMING);
            RevisionResult drop = migrations.revision(RevisionRequest.of("drop audit").autogenerate(withoutAudit)
                    .directory(dir));
            assertThat(Files.readString(drop.path())).contains("occurred_at timestamp(6) with time zone",
                    "recorded_local timestamp(6) without time zone");
            Migrations next = Migrations.configure().dataSource(db.dataSource()).locations(dir.toString()).load();
            next.upgrade("head");
            next.downgrade("-1");
            assertThat(CatalogFacts.of(db)).isEqualTo(before);

            Files.delete(drop.path());
            // no precision is PostgreSQL's largest, 6: the same type, nothing to change; any other precision is seen
            execute(db, "ALTER TABLE customer ALTER COLUMN created_at TYPE timestamp with time zone");
            assertThat(CatalogFacts.columns(db)).contains("column public.customer.created_at timestamp with time zone"
                    + " not null");
            assertThat(migrations.check(MODEL).differences()).isEmpty();
            execute(db, "ALTER TABLE customer ALTER COLUMN created_at TYPE timestamp(3) with time zone");
            assertThat(migrations.check(MODEL).differences()).containsExactly("alter column customer.created_at:"
                    + " type timestamp(3) with time zone -> timestamp(6) with time zone");
        }
    }

    /** Hibernate's own schema export ({@code hbm2ddl.auto=create}) into {@code db}. */
    static void hibernateCreate(TestDatabase db) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", db.jdbcUrl())
                .applySetting("hibernate.connection.username", db.username())
                .applySetting("hibernate.connection.password", db.password() == null ? "" : db.password())
                .applySetting("hibernate.hbm2ddl.auto", "create")
                .applySetting("hibernate.hbm2ddl.create_namespaces", "true")
                .applySettings(NAMING)
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            ENTITIES.forEach(sources::addAnnotatedClass);
            try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
                factory.getSchemaManager();
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    private static void execute(TestDatabase db, String sql) {
        new DatabaseState(db).execute(sql);
    }

    private static String body(Path script) throws Exception {
        String text = Files.readString(script);
        return text.substring(text.indexOf("-- upgrade"));
    }
}
