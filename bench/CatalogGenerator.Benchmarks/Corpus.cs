namespace FleetCatalog.Benchmarks;

/// <summary>
/// The shared corpus of real projects (../shared/corpus beside the clone), or the folder named by
/// CATALOG_CORPUS. It is read in place and never copied into the repository.
/// </summary>
internal static class Corpus
{
    public const string EnvironmentVariable = "CATALOG_CORPUS";

    public static string Find(string? explicitPath = null)
    {
        var path = explicitPath ?? Environment.GetEnvironmentVariable(EnvironmentVariable) ?? FromRepository();
        return Directory.Exists(path)
            ? Path.GetFullPath(path)
            : throw new DirectoryNotFoundException($"no corpus at '{path}': put the shared data beside the clone (../shared/corpus), or pass --corpus DIR / set {EnvironmentVariable}");
    }

    /// <summary>Every project folder of the corpus (one per OWNER__REPO), in a stable order.</summary>
    public static IReadOnlyList<string> Projects(string corpus) =>
        [.. Directory.GetDirectories(corpus).Order(StringComparer.Ordinal)];

    /// <summary>The clone this benchmark runs from (the folder holding Catalog.sln).</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Catalog.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return Environment.CurrentDirectory;
    }

    private static string FromRepository() => Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "corpus"));
}
