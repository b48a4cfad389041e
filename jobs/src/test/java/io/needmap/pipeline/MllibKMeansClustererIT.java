package io.needmap.pipeline;

import io.needmap.themes.ThemeClusterer;
import io.needmap.themes.ThemeClustererContract;

/** The MLlib k-means clusterer keeps the clusterer contract on a local Spark session. */
class MllibKMeansClustererIT extends ThemeClustererContract {

    @Override
    protected ThemeClusterer clusterer() {
        return new MllibKMeansClusterer(SharedSpark.session(), 40);
    }
}
