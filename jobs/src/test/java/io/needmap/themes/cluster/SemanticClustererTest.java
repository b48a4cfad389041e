package io.needmap.themes.cluster;

import io.needmap.text.AnalysisOptions;
import io.needmap.themes.ThemeClusterer;
import io.needmap.themes.ThemeClustererContract;
import io.needmap.themes.assign.LocalAssigner;
import io.needmap.themes.vectors.VectorMode;

/** The semantic clusterer keeps the same contract as every clusterer. */
class SemanticClustererTest extends ThemeClustererContract {

    @Override
    protected ThemeClusterer clusterer() {
        return SpectralClusterer.of(VectorMode.SEMANTIC, AnalysisOptions.defaults(), SpectralClusterer.Options.defaults(),
                new LocalAssigner());
    }
}
