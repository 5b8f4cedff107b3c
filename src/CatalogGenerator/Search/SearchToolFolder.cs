using System.Reflection;

namespace FleetCatalog.Search;

/// <summary>
/// Where Pagefind is installed: <c>tools/search</c> in the catalog's repository; when the tool runs elsewhere (installed
/// as a .NET tool), a copy of that folder's package.json and lockfile, built into the tool, under the cache folder.
/// </summary>
internal static class SearchToolFolder
{
    private static readonly string[] Files = ["package.json", "package-lock.json"];

    public static string Resolve(string repositoryRoot, string cacheDirectory)
    {
        var inRepository = Path.Combine(repositoryRoot, "tools", "search");
        if (File.Exists(Path.Combine(inRepository, "package.json")))
        {
            return inRepository;
        }

        var copy = Path.Combine(cacheDirectory, "tools", "search");
        Directory.CreateDirectory(copy);
        foreach (var name in Files)
        {
            using var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream($"search/{name}")
                ?? throw new InvalidOperationException($"The tool was built without tools/search/{name}.");
            using var reader = new StreamReader(resource);
            var text = reader.ReadToEnd();
            var target = Path.Combine(copy, name);
            if (!File.Exists(target) || File.ReadAllText(target) != text)
            {
                File.WriteAllText(target, text);
            }
        }

        return copy;
    }
}
