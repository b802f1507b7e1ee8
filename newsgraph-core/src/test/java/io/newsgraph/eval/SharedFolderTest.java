package io.newsgraph.eval;

import io.newsgraph.eval.SharedFolder;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The one setting for the shared data folder: ../shared beside the project unless named. */
class SharedFolderTest {
    /** The launcher's home when set (the ITs set it as bin/newsgraph does), else the project folder Maven runs in. */
    private final Path project = Path.of(System.getProperty("newsgraph.home", "")).toAbsolutePath();

    @Test
    void unsetOrBlankIsTheFolderBesideTheProject() {
        assertThat(SharedFolder.resolve(null)).isEqualTo(project.getParent().resolve("shared"));
        assertThat(SharedFolder.resolve("  ")).isEqualTo(project.getParent().resolve("shared"));
    }

    @Test
    void aRelativeSettingIsTakenFromTheProjectAndAnAbsoluteOneAsItIs() {
        assertThat(SharedFolder.resolve("data/../other")).isEqualTo(project.resolve("other"));
        assertThat(SharedFolder.resolve("/srv/newsgraph-shared")).isEqualTo(Path.of("/srv/newsgraph-shared"));
    }
}
