namespace FleetCatalog.Tests.Testing;

/// <summary>Where the repository, its test sources and the shared data (../shared beside the clone) are.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string TestProject => Path.Combine(RepositoryRoot, "tests", "CatalogGenerator.Tests");

    public static string Shared => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string Corpus => Path.Combine(Shared, "corpus");

    public static bool HasCorpus => Directory.Exists(Corpus);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Catalog.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Catalog.sln not found above " + AppContext.BaseDirectory);
    }
}
