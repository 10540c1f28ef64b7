import java.io.File;
import java.util.List;
import org.omegat.core.Core;
import org.omegat.core.data.NotLoadedProject;
import org.omegat.core.data.ProjectProperties;
import org.omegat.util.ProjectFileStorage;

/** Reads a glossary file with OmegaT's own readers and prints how many entries it found. */
public class OmegatGlossaries {
    public static void main(String[] args) throws Exception {
        String kind = args[0];
        File file = new File(args[1]);
        if (args.length > 2) {
            final ProjectProperties props = ProjectFileStorage.loadProjectProperties(new File(args[2]));
            Core.setProject(new NotLoadedProject() {
                @Override
                public ProjectProperties getProjectProperties() { return props; }
            });
        }
        List<?> entries = kind.equals("tsv")
            ? org.omegat.gui.glossary.GlossaryReaderTSV.read(file, false)
            : org.omegat.gui.glossary.GlossaryReaderTBX.read(file, false);
        System.out.println(entries.size());
    }
}
