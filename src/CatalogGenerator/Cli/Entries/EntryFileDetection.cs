using FleetCatalog.Diagnostics;
using FleetCatalog.Manifests;
using FleetCatalog.Projects;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Yaml;

namespace FleetCatalog.Cli.Entries;

/// <summary>
/// Tells a catalog entry (<c>projects/&lt;slug&gt;.yml</c>) from a balena.yml given to <c>catalog validate</c>.
/// A path is an entry when it is an existing <c>.yml</c>/<c>.yaml</c> file not named balena.yml/balena.yaml and either
/// it sits in a folder named <c>projects</c>, or its YAML is a mapping with <c>repository:</c> and none of the
/// manifest's top-level keys (any layout). Everything else keeps the manifest behaviour.
/// </summary>
internal static class EntryFileDetection
{
    public static bool IsCatalogEntry(string path)
    {
        if (path == "-" || !File.Exists(path))
        {
            return false;
        }

        var name = Path.GetFileName(path);
        if (Path.GetExtension(name).ToLowerInvariant() is not (".yml" or ".yaml")
            || name.Equals("balena.yml", StringComparison.OrdinalIgnoreCase) || name.Equals("balena.yaml", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // In projects/ even a broken file is an entry, so its problems are told in an entry's terms.
        if (string.Equals(Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))), CatalogEntryLoader.Folder, StringComparison.Ordinal))
        {
            return true;
        }

        return HasEntryKeysOnly(path);
    }

    private static bool HasEntryKeysOnly(string path)
    {
        string text;
        try
        {
            // Read, not measured: a device or a pipe says it is 0 bytes long.
            var bytes = SourceText.ReadLimited(path, EntryText.MaxBytes);
            if (bytes.Length > EntryText.MaxBytes)
            {
                return false;
            }

            if (SourceText.Decode(bytes, path, EntryText.MaxBytes).Text is not { } decoded)
            {
                return false;
            }

            text = decoded;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        var root = EntryText.Parse(text, new FileFindings(Path.GetFileName(path)), CatalogEntryReader.Needs);
        if (root is not YamlMapping mapping || mapping.Find("repository") is null)
        {
            return false;
        }

        var manifestKeys = ManifestKeys.TopLevel.Concat(ManifestKeys.FlatV1).Concat(ManifestKeys.AssetsListV2);
        return !mapping.Entries.Any(e => manifestKeys.Contains(e.Name, StringComparer.Ordinal));
    }
}
