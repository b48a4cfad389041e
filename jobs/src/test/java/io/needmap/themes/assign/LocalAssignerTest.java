package io.needmap.themes.assign;

/** Assignment on this machine keeps the assigner contract, its input split into chunks of 7 texts. */
class LocalAssignerTest extends ThemeAssignerContract {

    @Override
    protected ThemeAssigner assigner() {
        return new LocalAssigner(7);
    }
}
