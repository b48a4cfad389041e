package io.needmap.progress;

/** Shows nothing ({@code --quiet}); still counts, so that a caller may read {@link Stage#done()}. */
public final class NoProgress implements Progress {

    static final NoProgress INSTANCE = new NoProgress();

    private NoProgress() {
    }

    @Override
    public Stage start(String name, String unit, long total) {
        return new CountingStage() {
            @Override
            public void finish(String summary) {
            }

            @Override
            public void close() {
            }
        };
    }
}
