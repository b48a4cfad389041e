package io.needmap.themes.vectors;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;

/**
 * Sentence embeddings computed in-process: all-MiniLM-L6-v2 (Reimers and Gurevych, "Sentence-BERT",
 * EMNLP 2019; the model by sentence-transformers, Apache-2.0), run by ONNX Runtime from inside its
 * Maven jar, so nothing is downloaded at run time. Texts that mean the same land close together even
 * when they share no word ("need a second monitor", "docking station keeps failing").
 *
 * <p>Nothing is learnt from the texts: {@link #fit} returns the model's fixed space. The model is
 * loaded once per JVM (driver or executor) and shared; each text's vector depends only on the text.
 */
public final class SentenceEmbeddingVectoriser implements Vectoriser {

    /** The models shipped with needmap, by their resources inside the langchain4j jars. */
    public enum Model {
        /**
         * 8-bit quantized (16 MB jar). The full-precision model (83 MB jar) was measured beside it on
         * BANKING77 test, k = 77: NMI 0.821 / ARI 0.569 / ACC 0.684 against 0.820 / 0.563 / 0.680, at
         * 197 texts/s against 316: not worth 67 MB more and 60 % more time, so only this one ships.
         */
        MINILM_L6_V2_Q("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json");

        private final String onnx;
        private final String tokenizer;

        Model(String onnx, String tokenizer) {
            this.onnx = onnx;
            this.tokenizer = tokenizer;
        }

        public static Model parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown embedding model '" + text + "'; use minilm-l6-v2-q", e);
            }
        }
    }

    private static final Map<Model, EmbeddingModel> LOADED = new ConcurrentHashMap<>();

    private final Model model;

    public SentenceEmbeddingVectoriser(Model model) {
        this.model = model;
    }

    @Override
    public EmbeddingSpace fit(List<String> texts) {
        return new EmbeddingSpace(model);
    }

    /** Loads the model once per JVM; the first text embedded does it when this was not called. */
    @Override
    public void load() {
        load(model);
    }

    static EmbeddingModel load(Model model) {
        return LOADED.computeIfAbsent(model, SentenceEmbeddingVectoriser::open);
    }

    /**
     * One ONNX session, each run single-threaded, and one worker per core that embeds whole texts: a
     * text's vector never depends on how a run was split over threads, and on 2 cores this embeds
     * about 1.8 times as many texts per second as langchain4j's default (ONNX Runtime's own thread
     * pool on each text, under langchain4j's per-text parallelism: the threads compete).
     */
    private static EmbeddingModel open(Model model) {
        ClassLoader loader = SentenceEmbeddingVectoriser.class.getClassLoader();
        try (InputStream onnx = loader.getResourceAsStream(model.onnx);
             InputStream tokenizer = loader.getResourceAsStream(model.tokenizer)) {
            if (onnx == null || tokenizer == null) {
                throw new IllegalStateException("the model " + model + " is missing from the classpath; "
                        + "rebuild needmap so that its langchain4j embedding jar is in jobs/target/lib");
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = environment.createSession(onnx.readAllBytes(), options);
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            int workers = Runtime.getRuntime().availableProcessors();
            ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
                Thread thread = new Thread(runnable, "needmap-embedding");
                thread.setDaemon(true);
                return thread;
            });
            return new InProcessModel(pool, encoder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model " + model + " from its jar", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the model " + model + ": " + e.getMessage(), e);
        }
    }

    /** langchain4j's in-process model around our own session and worker pool. */
    private static final class InProcessModel extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        InProcessModel(ExecutorService pool, OnnxBertBiEncoder encoder) {
            super(pool);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
    }

    /** The first {@link EmbeddingSpace#MAX_CHARS} characters of a text, cut at a word boundary when there is one. */
    static String head(String text) {
        if (text.length() <= EmbeddingSpace.MAX_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EmbeddingSpace.MAX_CHARS);
        return text.substring(0, cut > EmbeddingSpace.MAX_CHARS / 2 ? cut : EmbeddingSpace.MAX_CHARS);
    }

    /** The model's space; serializable as the model's name, loaded where it is used. */
    public record EmbeddingSpace(Model model) implements VectorSpace {

        /** Texts per call of the model: bounds memory, and the model spreads each batch over the cores. */
        private static final int BATCH = 512;

        /**
         * Characters of a text given to the model. A need is stated first (a ticket's summary comes
         * before its description), and the model's cost grows with the length: a long ticket's tail
         * would cost much and add little.
         */
        static final int MAX_CHARS = 300;

        @Override
        public DenseVectors transform(List<String> texts) {
            return transform(texts, done -> { });
        }

        /** Tells {@code done} after each batch of {@value #BATCH} texts. */
        @Override
        public DenseVectors transform(List<String> texts, LongConsumer done) {
            EmbeddingModel embedder = load(model);
            float[][] rows = new float[texts.size()][];
            int dimension = embedder.dimension();
            for (int from = 0; from < texts.size(); from += BATCH) {
                int to = Math.min(texts.size(), from + BATCH);
                List<TextSegment> segments = new ArrayList<>(to - from);
                List<Integer> positions = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    String text = head(texts.get(i) == null ? "" : texts.get(i).strip());
                    if (text.isEmpty()) {
                        rows[i] = new float[dimension]; // no text, no vector
                    } else {
                        segments.add(TextSegment.from(text));
                        positions.add(i);
                    }
                }
                if (segments.isEmpty()) {
                    done.accept(to - from);
                    continue;
                }
                List<Embedding> embeddings = embedder.embedAll(segments).content();
                for (int j = 0; j < embeddings.size(); j++) {
                    float[] v = embeddings.get(j).vector();
                    double norm = 0;
                    for (float x : v) {
                        norm += x * x;
                    }
                    float inverse = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0f;
                    float[] unit = new float[v.length];
                    for (int c = 0; c < v.length; c++) {
                        unit[c] = v[c] * inverse;
                    }
                    rows[positions.get(j)] = unit;
                }
                done.accept(to - from);
            }
            return new DenseVectors(rows, dimension);
        }
    }
}
