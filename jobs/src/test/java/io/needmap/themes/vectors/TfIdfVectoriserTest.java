package io.needmap.themes.vectors;

/** TF-IDF keeps the vectoriser contract once its space is fitted. */
class TfIdfVectoriserTest extends VectoriserContract {

    @Override
    protected Vectoriser vectoriser() {
        return TfIdfVectoriser.defaults();
    }
}
