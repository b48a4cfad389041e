package io.needmap.themes.cluster;

import io.needmap.text.AnalysisOptions;
import io.needmap.themes.ThemeClusterer;
import io.needmap.themes.ThemeClustererContract;
import io.needmap.themes.assign.LocalAssigner;
import io.needmap.themes.vectors.VectorMode;

/** The semantic clusterer's fast path (texts outside the sample assigned by their words) keeps the contract too. */
class SemanticFastPathClustererTest extends ThemeClustererContract {

    @Override
    protected ThemeClusterer clusterer() {
        return SpectralClusterer.of(VectorMode.SEMANTIC, AnalysisOptions.defaults(),
                SpectralClusterer.Options.defaults().withEmbedAllUpTo(0), new LocalAssigner());
    }
}
