package ru.nastavnik.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reading the deployment files of the repository as plain YAML trees: maps, lists and scalars. */
final class YamlTree {

    /** The repository's root, where docker-compose.yml and deploy/ are. */
    static final Path ROOT = Path.of(System.getProperty("nastavnik.root", "..")).toAbsolutePath().normalize();

    private YamlTree() {
    }

    /** Every document of a file; a file that does not parse fails the test that reads it. */
    static List<Object> documents(Path file) {
        List<Object> documents = new ArrayList<>();
        try {
            new org.yaml.snakeyaml.Yaml(new SafeConstructor(new LoaderOptions()))
                    .loadAll(Files.readString(file, StandardCharsets.UTF_8)).forEach(d -> {
                        if (d != null) {
                            documents.add(d);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    /** The one document of a file (JSON is YAML too). */
    static Map<String, Object> document(Path file) {
        List<Object> documents = documents(file);
        assertThat(documents).as("documents in %s", file).hasSize(1);
        return map(documents.get(0));
    }

    static String dump(Object tree) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setAllowUnicode(true);
        options.setWidth(Integer.MAX_VALUE);
        return new org.yaml.snakeyaml.Yaml(options).dump(tree);
    }

    static List<Path> yamlFilesUnder(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        assertThat(node).as("a mapping").isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node) {
        assertThat(node).as("a sequence").isInstanceOf(List.class);
        return (List<Object>) node;
    }

    /** The node at a path of mapping keys; a missing key fails with the path. */
    static Object at(Object node, String... keys) {
        Object current = node;
        StringBuilder path = new StringBuilder();
        for (String key : keys) {
            path.append('.').append(key);
            Map<String, Object> parent = map(current);
            assertThat(parent).as("field %s", path).containsKey(key);
            current = parent.get(key);
        }
        return current;
    }

    static Map<String, Object> mapAt(Object node, String... keys) {
        return map(at(node, keys));
    }

    static List<Object> listAt(Object node, String... keys) {
        return list(at(node, keys));
    }

    static String text(Object node, String... keys) {
        return Objects.toString(at(node, keys), null);
    }

    /** The item of a sequence of mappings whose field has the value, e.g. the container named "api". */
    static Map<String, Object> item(List<Object> items, String field, String value) {
        return items.stream().map(YamlTree::map).filter(m -> value.equals(m.get(field))).findFirst()
                .orElseThrow(() -> new AssertionError("no item with " + field + "=" + value + " in " + items));
    }

    /** Visits every mapping of a tree with the key path that leads to it. */
    static void eachMapping(Object node, String path, MappingVisitor visitor) {
        if (node instanceof Map<?, ?> m) {
            visitor.visit(path, map(m));
            m.forEach((k, v) -> eachMapping(v, path + "." + k, visitor));
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                eachMapping(l.get(i), path + "[" + i + "]", visitor);
            }
        }
    }

    /** Visits every scalar string of a tree. */
    static void eachString(Object node, Consumer<String> visitor) {
        if (node instanceof Map<?, ?> m) {
            m.values().forEach(v -> eachString(v, visitor));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> eachString(v, visitor));
        } else if (node instanceof String s) {
            visitor.accept(s);
        }
    }

    /** The tag of an image reference ("" when it has none), whatever registry and port come before it. */
    static String imageTag(String image) {
        String last = image.substring(image.lastIndexOf('/') + 1);
        return last.contains(":") ? last.substring(last.indexOf(':') + 1) : "";
    }

    interface MappingVisitor {
        void visit(String path, Map<String, Object> mapping);
    }
}
