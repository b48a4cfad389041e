package io.needmap.themes.vectors;

/** Embeddings and words side by side keep the vectoriser contract, at the weight the hybrid mode uses. */
class HybridVectoriserTest extends VectoriserContract {

    @Override
    protected Vectoriser vectoriser() {
        return new HybridVectoriser(new SentenceEmbeddingVectoriser(SentenceEmbeddingVectoriser.Model.MINILM_L6_V2_Q),
                TfIdfVectoriser.defaults(), VectorMode.hybridEmbeddingWeight());
    }
}
