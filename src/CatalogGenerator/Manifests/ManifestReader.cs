using System.Collections.Immutable;
using FleetCatalog.Diagnostics;
using FleetCatalog.Yaml;

namespace FleetCatalog.Manifests;

/// <summary>
/// Turns a parsed balena.yml into a <see cref="ProjectManifest"/>, accepting what real files contain:
/// typed scalars become strings, variables as a list of single-key maps or as a plain map, and the
/// two older layouts. Values of the wrong shape are reported (CAT210) and left out of the model.
/// </summary>
internal sealed class ManifestReader
{
    private readonly string _file;
    private readonly List<Diagnostic> _diagnostics = [];

    private ManifestReader(string file) => _file = file;

    public static (ProjectManifest? Manifest, ImmutableArray<Diagnostic> Diagnostics) Read(YamlNode root, string file)
    {
        var reader = new ManifestReader(file);
        var manifest = reader.ReadRoot(root);
        return (manifest, [.. reader._diagnostics]);
    }

    private ProjectManifest? ReadRoot(YamlNode root)
    {
        if (root is not YamlMapping top)
        {
            Report(root.Span, $"a balena.yml must be a mapping of keys such as 'name' and 'type', but this file is {root.Kind}");
            return null;
        }

        var data = Mapping(top.Find("data"));
        var layout = DetectLayout(top);
        var settings = layout == ManifestLayout.FlatV1 && data is null ? top : data;

        return new ProjectManifest(
            _file,
            top,
            layout,
            Scalar(top.Find("type")),
            Scalar(top.Find("name")) ?? (layout == ManifestLayout.AssetsListV2 ? Scalar(top.Find("slug")) : null),
            Scalar(top.Find("description")) ?? (layout == ManifestLayout.AssetsListV2 ? Scalar(data?.Find("description")) : null),
            Scalar(top.Find("version")),
            ReadAssets(top.Find("assets")),
            [.. ReadVariables(settings, VariableKind.Environment), .. ReadVariables(settings, VariableKind.Config)],
            Scalar(settings?.Find("defaultDeviceType")),
            settings?.Find("supportedDeviceTypes"),
            ReadScalarList(settings?.Find("supportedDeviceTypes")),
            Scalar(top.Find("post-provisioning")),
            Scalar(top.Find("joinable")),
            Scalar(top.Find("fleetcta")));
    }

    private static ManifestLayout DetectLayout(YamlMapping top)
    {
        if (top["assets"] is YamlSequence || top.Find("slug") is not null)
        {
            return ManifestLayout.AssetsListV2;
        }

        return ManifestKeys.FlatV1.Any(k => top.Find(k) is not null) ? ManifestLayout.FlatV1 : ManifestLayout.Current;
    }

    private ImmutableArray<ManifestAsset> ReadAssets(YamlEntry? entry)
    {
        switch (entry?.Value)
        {
            case YamlMapping assets:
                return [.. assets.Entries.Select(ReadAsset)];
            case YamlSequence list:
                // v2: "- { name: logo, url: https://… }"
                var result = new List<ManifestAsset>();
                foreach (var item in list.Items.OfType<YamlMapping>())
                {
                    if (item.Find("name")?.Value is YamlScalar name)
                    {
                        result.Add(new ManifestAsset(name, null, Scalar(item.Find("url")), item));
                    }
                }

                return [.. result];
            case null:
                return [];
            case YamlScalar empty when IsEmpty(empty):
                return [];
            default:
                Report(entry.Value.Span, $"'assets' must be a mapping of assets such as 'logo:' and 'repository:', not {entry.Value.Kind}");
                return [];
        }
    }

    private ManifestAsset ReadAsset(YamlEntry entry)
    {
        // "logo: https://…" is the usual slip; show the shape balena reads, with the author's URL in it.
        if (entry.Value is YamlScalar { Value.Length: > 0 } url && !IsEmpty(url))
        {
            Report(url.Span, $"asset '{entry.Name}' must be a mapping with 'type: blob.asset' and the address under 'data: url:', not just the text '{url.Value}'; write:\n"
                + $"{entry.Name}:\n  type: blob.asset\n  data:\n    url: {url.Value}");
            return new ManifestAsset(entry.Key, null, null, entry.Value);
        }

        var asset = Mapping(entry);
        var data = Mapping(asset?.Find("data"));
        return new ManifestAsset(entry.Key, Scalar(asset?.Find("type")), Scalar(data?.Find("url")), entry.Value);
    }

    private IEnumerable<ManifestVariable> ReadVariables(YamlMapping? settings, VariableKind kind)
    {
        var key = kind == VariableKind.Environment ? "applicationEnvironmentVariables" : "applicationConfigVariables";
        var entry = settings?.Find(key);
        switch (entry?.Value)
        {
            case null:
                yield break;
            case YamlScalar empty when IsEmpty(empty):
                yield break;
            case YamlMapping map:
                foreach (var variable in map.Entries)
                {
                    yield return Variable(kind, variable);
                }

                break;
            case YamlSequence list:
                foreach (var item in list.Items)
                {
                    if (item is YamlMapping single)
                    {
                        foreach (var variable in single.Entries)
                        {
                            yield return Variable(kind, variable);
                        }
                    }
                    else
                    {
                        var hint = item is YamlScalar s && s.Value.Contains('=', StringComparison.Ordinal)
                            ? $"; write '- {s.Value[..s.Value.IndexOf('=', StringComparison.Ordinal)]}: {s.Value[(s.Value.IndexOf('=', StringComparison.Ordinal) + 1)..]}'"
                            : "; write '- NAME: value'";
                        Report(item.Span, $"each entry of '{key}' must be a 'NAME: value' pair, not {Describe(item)}{hint}");
                    }
                }

                break;
            default:
                Report(entry.Value.Span, $"'{key}' must be a list of 'NAME: value' pairs, not {Describe(entry.Value)}; write one '- NAME: value' line per variable under it");
                break;
        }
    }

    private ManifestVariable Variable(VariableKind kind, YamlEntry entry)
    {
        if (entry.Value is YamlScalar scalar)
        {
            return new ManifestVariable(kind, entry.Key, ManifestValue.From(scalar));
        }

        Report(entry.Value.Span, $"the default of '{entry.Name}' must be text, not {entry.Value.Kind}");
        return new ManifestVariable(kind, entry.Key, null);
    }

    private ImmutableArray<ManifestValue> ReadScalarList(YamlEntry? entry)
    {
        switch (entry?.Value)
        {
            case YamlSequence list:
                var result = new List<ManifestValue>();
                foreach (var item in list.Items)
                {
                    if (item is YamlScalar scalar && scalar.Resolve().Text is not null)
                    {
                        result.Add(ManifestValue.From(scalar));
                    }
                    else if (item is not YamlScalar)
                    {
                        Report(item.Span, $"each entry of '{entry.Name}' must be a device type slug, not {item.Kind}");
                    }
                }

                return [.. result];
            case null:
                return [];
            case YamlScalar empty when IsEmpty(empty):
                return [];
            case YamlScalar single:
                Report(single.Span, $"'{entry.Name}' must be a list; write it as '{entry.Name}: [{single.Value}]' or one '- {single.Value}' line per board");
                return [ManifestValue.From(single)];
            default:
                Report(entry.Value.Span, $"'{entry.Name}' must be a list of device type slugs, not {entry.Value.Kind}");
                return [];
        }
    }

    private ManifestValue? Scalar(YamlEntry? entry)
    {
        switch (entry?.Value)
        {
            case null:
                return null;
            case YamlScalar scalar:
                return ManifestValue.From(scalar);
            default:
                Report(entry.Value.Span, $"'{entry.Name}' must be text, not {entry.Value.Kind}");
                return null;
        }
    }

    private YamlMapping? Mapping(YamlEntry? entry)
    {
        switch (entry?.Value)
        {
            case null:
                return null;
            case YamlScalar empty when IsEmpty(empty):
                return null;
            case YamlMapping mapping:
                return mapping;
            default:
                Report(entry.Value.Span, $"'{entry.Name}' must be a mapping, not {Describe(entry.Value)}");
                return null;
        }
    }

    // "key:", "key: null" and "key: ~" all mean nothing there, as an empty text does.
    private static bool IsEmpty(YamlScalar scalar) => scalar.Value.Length == 0 || scalar.Resolve().Kind == ScalarKind.Null;

    private static string Describe(YamlNode node) => node is YamlScalar s ? $"the text '{s.Value}'" : node.Kind;

    private void Report(SourceSpan span, string message) =>
        _diagnostics.Add(DiagnosticCodes.WrongValueType.Create(message, _file, span));
}
