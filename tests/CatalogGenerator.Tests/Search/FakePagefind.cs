using FleetCatalog.Search;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Search;

/// <summary>A tool folder that looks like an installed Pagefind but runs a script of the test's choosing.</summary>
internal static class FakePagefind
{
    public static PagefindTool Create(TempDirectory folder, string script)
    {
        File.WriteAllText(Path.Combine(folder.Path, "package.json"), """{ "dependencies": { "pagefind": "1.6.0" } }""");
        File.WriteAllText(Path.Combine(folder.Path, "package-lock.json"), """{ "packages": { "node_modules/pagefind": { "version": "1.6.0" } } }""");
        var package = Path.Combine(folder.Path, "node_modules", "pagefind");
        Directory.CreateDirectory(package);
        File.WriteAllText(Path.Combine(package, "package.json"), """{ "version": "1.6.0", "bin": "fake.cjs" }""");
        File.WriteAllText(Path.Combine(package, "fake.cjs"), script);
        var (tool, problem) = PagefindTool.Prepare(folder.Path);
        return tool ?? throw new InvalidOperationException(problem?.Message);
    }
}
