package io.needmap.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Versions of needmap and of the libraries that shape its results, for the manifest and --version. */
public final class Versions {

    private Versions() {
    }

    public static String needmap() {
        Properties p = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("/io/needmap/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    public static Map<String, String> all() {
        Map<String, String> versions = new TreeMap<>();
        versions.put("needmap", needmap());
        versions.put("java", System.getProperty("java.version"));
        versions.put("spark", org.apache.spark.package$.MODULE$.SPARK_VERSION());
        versions.put("scala", scala.util.Properties.versionNumberString());
        versions.put("lucene", org.apache.lucene.util.Version.LATEST.toString());
        versions.put("poi", org.apache.poi.Version.getVersion());
        versions.put("tablesaw", mavenVersion("tech.tablesaw", "tablesaw-core"));
        return versions;
    }

    private static String mavenVersion(String group, String artifact) {
        Properties p = new Properties();
        String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Versions.class.getResourceAsStream(resource)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
