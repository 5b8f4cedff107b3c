using System.Collections.Immutable;
using FleetCatalog.Diagnostics;
using FleetCatalog.Manifests;
using FleetCatalog.Yaml;

namespace FleetCatalog.Projects.Compose;

/// <summary>Reads the services of a docker-compose file; anything it does not understand it leaves alone.</summary>
internal static class ComposeReader
{
    public static (ComposeFile? File, ImmutableArray<Diagnostic> Diagnostics) Read(string text, string path)
    {
        var yaml = YamlDocumentReader.Read(text, path);
        if (yaml.Root is not YamlMapping root)
        {
            return (null, yaml.Diagnostics);
        }

        var services = root["services"] is YamlMapping map
            ? map.Entries.Where(e => e.Value is YamlMapping).Select(e => ReadService(e.Key, (YamlMapping)e.Value)).ToImmutableArray()
            : [];
        return (new ComposeFile(path, services), yaml.Diagnostics);
    }

    /// <summary>A project with a Dockerfile and no compose file is one service built from its root.</summary>
    public static ComposeFile SingleContainer(string dockerfilePath) =>
        new(dockerfilePath, [new ComposeService(new YamlScalar("main", YamlScalarStyle.Plain, null, SourceSpan.None), null, ".", null, null, [])]);

    private static ComposeService ReadService(YamlScalar name, YamlMapping service)
    {
        string? context = null;
        string? dockerfile = null;
        switch (service["build"])
        {
            case YamlScalar build:
                context = build.Value;
                break;
            case YamlMapping build:
                context = (build["context"] as YamlScalar)?.Value ?? ".";
                dockerfile = (build["dockerfile"] as YamlScalar)?.Value;
                break;
        }

        return new ComposeService(
            name,
            service["image"] is YamlScalar image ? ManifestValue.From(image) : null,
            context,
            dockerfile,
            service["platform"] is YamlScalar platform ? ManifestValue.From(platform) : null,
            ReadEnvironment(service["environment"]));
    }

    private static ImmutableArray<ComposeVariable> ReadEnvironment(YamlNode? node) => node switch
    {
        YamlSequence list => [.. list.Items.OfType<YamlScalar>().Where(s => s.Value.Length > 0).Select(FromListItem)],
        YamlMapping map => [.. map.Entries.Select(e => new ComposeVariable(
            e.Name, e.Value is YamlScalar s ? s.Resolve().Text : string.Empty, e.Key.Span))],
        _ => [],
    };

    private static ComposeVariable FromListItem(YamlScalar item)
    {
        var equals = item.Value.IndexOf('=', StringComparison.Ordinal);
        return equals < 0
            ? new ComposeVariable(item.Value.Trim(), null, item.Span)
            : new ComposeVariable(item.Value[..equals].Trim(), item.Value[(equals + 1)..], item.Span);
    }
}
