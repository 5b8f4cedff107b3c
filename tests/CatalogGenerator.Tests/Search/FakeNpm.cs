using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Search;

/// <summary>
/// An <c>npm</c> first on PATH (until disposed) that records each call and fails as npm does with no network. Only for
/// tests in the <see cref="ProcessEnvironmentTests"/> collection: PATH is the whole process's.
/// </summary>
internal sealed class FakeNpm : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly string? _path = Environment.GetEnvironmentVariable("PATH");

    public FakeNpm()
    {
        var script = _folder.Write("bin/npm", $"""
            #!/bin/sh
            echo "$*" >> '{Log}'
            echo "npm error code ENOTFOUND" >&2
            echo "npm error syscall getaddrinfo" >&2
            echo "npm error errno ENOTFOUND" >&2
            echo "npm error network request to https://registry.npmjs.org/pagefind failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org" >&2
            exit 1
            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        Environment.SetEnvironmentVariable("PATH", Path.GetDirectoryName(script) + Path.PathSeparator + _path);
    }

    /// <summary>The arguments of every call, one line each.</summary>
    public IReadOnlyList<string> Calls => File.Exists(Log) ? File.ReadAllLines(Log) : [];

    private string Log => Path.Combine(_folder.Path, "calls.log");

    /// <summary>
    /// Makes <paramref name="root"/>/tools/search (a link to the repository's installed copy, see <see cref="FixtureSite"/>)
    /// a folder with Pagefind's package list and no node_modules: Pagefind not installed.
    /// </summary>
    public static void Uninstall(string root)
    {
        var folder = Path.GetFullPath(Path.Combine(root, "tools", "search"));
        Directory.Delete(folder); // the link only: a real folder with files in it would refuse
        Directory.CreateDirectory(folder);
        foreach (var name in new[] { "package.json", "package-lock.json" })
        {
            File.Copy(Path.Combine(TestPaths.RepositoryRoot, "tools", "search", name), Path.Combine(folder, name));
        }
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("PATH", _path);
        _folder.Dispose();
    }
}
