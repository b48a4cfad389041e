package io.needmap.themes;

import io.needmap.text.AnalysisOptions;

/** The semantic clusterer keeps the same contract as every clusterer. */
class SemanticClustererTest extends ThemeClustererContract {

    @Override
    protected ThemeClusterer clusterer() {
        return SpectralClusterer.of(VectorMode.SEMANTIC, AnalysisOptions.defaults(), SpectralClusterer.Options.defaults(),
                new LocalAssigner());
    }
}
