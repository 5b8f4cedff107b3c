using System.Text;
using FleetCatalog.Manifests;

namespace FleetCatalog.Validation.Rules.Structure;

/// <summary>
/// A legacy manifest rewritten in the current layout, from what was read of it, so that the author
/// can paste it over the old file: nothing is invented, only moved to where balena reads it now.
/// </summary>
internal static class CurrentLayoutSnippet
{
    public static string Write(ProjectManifest manifest, IReadOnlyList<(string Slug, string Url)> assets, string? name)
    {
        var yaml = new StringBuilder();
        if ((manifest.Name?.Text ?? name) is { Length: > 0 } title)
        {
            Line(yaml, 0, "name", title);
        }

        var type = manifest.Type?.Text is { } t && ManifestKeys.Types.Contains(t) ? t : "sw.application";
        Line(yaml, 0, "type", type);
        if (manifest.Description?.Text is { Length: > 0 } description)
        {
            yaml.Append("description: ").Append(YamlText.Block(description, "  ")).Append('\n');
        }

        // 'version: "2"' named the old format, not a release; only a real release version carries over.
        if (manifest.Version?.Text is { } version && Semver.Check(version) == SemverCheck.Valid)
        {
            Line(yaml, 0, "version", version);
        }

        if (assets.Count > 0)
        {
            yaml.Append("assets:\n");
            foreach (var (slug, url) in assets)
            {
                yaml.Append("  ").Append(YamlText.Scalar(slug)).Append(":\n");
                Line(yaml, 2, "type", ManifestKeys.BlobAsset);
                yaml.Append("    data:\n");
                Line(yaml, 3, "url", url);
            }
        }

        WriteData(yaml, manifest);
        foreach (var (key, value) in new[] { ("joinable", manifest.Joinable), ("fleetcta", manifest.FleetCta) })
        {
            if (value?.Text is { } text)
            {
                yaml.Append(key).Append(": ").Append(key == "joinable" ? text : YamlText.Scalar(text)).Append('\n');
            }
        }

        return yaml.ToString().TrimEnd('\n');
    }

    private static void WriteData(StringBuilder yaml, ProjectManifest manifest)
    {
        var data = new StringBuilder();
        foreach (var kind in new[] { VariableKind.Environment, VariableKind.Config })
        {
            var variables = manifest.Variables.Where(v => v.Kind == kind && v.Value is not null).ToList();
            if (variables.Count == 0)
            {
                continue;
            }

            data.Append("  ").Append(variables[0].Section).Append(":\n");
            foreach (var variable in variables)
            {
                data.Append("    - ").Append(YamlText.Scalar(variable.Name)).Append(':');
                if (variable.Value?.Text is { } value)
                {
                    data.Append(' ').Append(YamlText.Scalar(value));
                }

                data.Append('\n');
            }
        }

        if (manifest.DefaultDeviceType?.Text is { Length: > 0 } device)
        {
            Line(data, 1, "defaultDeviceType", device);
        }

        var boards = manifest.SupportedDeviceTypes.Select(b => b.Text).OfType<string>().ToList();
        if (boards.Count > 0)
        {
            data.Append("  supportedDeviceTypes:\n");
            foreach (var board in boards)
            {
                data.Append("    - ").Append(YamlText.Scalar(board)).Append('\n');
            }
        }

        if (data.Length > 0)
        {
            yaml.Append("data:\n").Append(data);
        }
    }

    private static void Line(StringBuilder yaml, int level, string key, string value) =>
        yaml.Append(' ', level * 2).Append(key).Append(": ").Append(YamlText.Scalar(value)).Append('\n');
}
