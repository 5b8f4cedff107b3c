using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace FleetCatalog.Rendering.Pages;

/// <summary>
/// The key of a page: a hash of everything its HTML is made from. The view model is all a template can see, so
/// hashing the view (as JSON, every public property) with the layout and the <see cref="Fingerprint"/> (tool build,
/// theme and site layout files) covers the entry, the snapshot's commit and findings, the site content and the
/// date; a guide is in the view as the hash of its Markdown and context (<see cref="GuidePages"/>).
/// </summary>
internal static class PageKeys
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static string Key(string fingerprint, SitePage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(fingerprint + "\n" + page.Layout + "\n"));
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(page.View, page.View.GetType(), Json));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The hash of the tool's build, whether the site has search, and every file under the given folders (those that exist).</summary>
    public static string Fingerprint(string toolBuild, bool withSearch, params string[] folders)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{toolBuild}\nsearch={withSearch}\n"));
        foreach (var folder in folders.Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/') + "\n"));
                hash.AppendData(File.ReadAllBytes(file));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
