using System.Diagnostics;
using System.Globalization;

namespace FleetCatalog.Tests.Testing;

/// <summary>
/// A real git repository in a temp folder, reachable as <see cref="Url"/> (file://), deleted when disposed.
/// Fluent: <c>repo.Write("balena.yml", yaml).Write("README.md", "# Hi").Commit()</c> returns the new SHA.
/// It serves blobless (partial) fetches like GitHub does, unless created with <c>allowFilter: false</c>.
/// </summary>
internal sealed class LocalGitRepository : IDisposable
{
    private static readonly string Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "fleet-catalog-tests");
    private int commits;
    private string? _container;

    private LocalGitRepository(string path) => Path = path;

    public string Path { get; }

    /// <summary>The file:// URL git clients use to reach the repository.</summary>
    public string Url => new Uri(Path + System.IO.Path.DirectorySeparatorChar).AbsoluteUri.TrimEnd('/');

    public string DefaultBranch { get; private set; } = "main";

    /// <summary>The commit HEAD is on.</summary>
    public string Head => RevParse("HEAD");

    /// <summary>An empty repository (no commit yet) on <paramref name="defaultBranch"/>.</summary>
    public static LocalGitRepository Create(string defaultBranch = "main", bool allowFilter = true)
    {
        var repo = new LocalGitRepository(System.IO.Path.Combine(Root, "git-" + Guid.NewGuid().ToString("N")[..12]));
        Directory.CreateDirectory(repo.Path);
        repo.DefaultBranch = defaultBranch;
        repo.Git("init", "--quiet", "--initial-branch=" + defaultBranch);
        repo.Git("config", "uploadpack.allowFilter", allowFilter ? "true" : "false");
        repo.Git("config", "uploadpack.allowAnySHA1InWant", "true");
        return repo;
    }

    /// <summary>
    /// An empty repository whose URL ends in <c>/OWNER/NAME</c> (in a fresh folder), so what is derived from the last two
    /// path segments (the GitHub name with <c>--github-api-url</c>) is the same on every run, for golden outputs.
    /// </summary>
    public static LocalGitRepository Named(string owner, string name, string defaultBranch = "main")
    {
        var path = System.IO.Path.Combine(Root, "named-" + Guid.NewGuid().ToString("N")[..12], owner, name);
        var repo = new LocalGitRepository(path) { DefaultBranch = defaultBranch, _container = System.IO.Path.GetDirectoryName(System.IO.Path.GetDirectoryName(path)) };
        Directory.CreateDirectory(repo.Path);
        repo.Git("init", "--quiet", "--initial-branch=" + defaultBranch);
        repo.Git("config", "uploadpack.allowFilter", "true");
        repo.Git("config", "uploadpack.allowAnySHA1InWant", "true");
        return repo;
    }

    /// <summary>A repository whose first commit holds the files of a corpus project (../shared/corpus/OWNER__REPO).</summary>
    public static LocalGitRepository FromCorpus(string project, string defaultBranch = "main")
    {
        var repo = Create(defaultBranch);
        repo.CopyFrom(System.IO.Path.Combine(TestPaths.Corpus, project));
        repo.Commit($"import {project}");
        return repo;
    }

    public LocalGitRepository Write(string relativePath, string text)
    {
        File.WriteAllText(Prepare(relativePath), text);
        return this;
    }

    public LocalGitRepository WriteBytes(string relativePath, byte[] bytes)
    {
        File.WriteAllBytes(Prepare(relativePath), bytes);
        return this;
    }

    /// <summary>A file of <paramref name="size"/> random (incompressible) bytes: a "big file" git cannot shrink.</summary>
    public LocalGitRepository WriteRandom(string relativePath, long size)
    {
        using var stream = File.Create(Prepare(relativePath));
        var buffer = new byte[1024 * 1024];
        for (long left = size; left > 0; left -= buffer.Length)
        {
            Random.Shared.NextBytes(buffer);
            stream.Write(buffer, 0, (int)Math.Min(left, buffer.Length));
        }

        return this;
    }

    /// <summary>Copies every file of <paramref name="directory"/> (read in place, e.g. a corpus project) into the work tree.</summary>
    public LocalGitRepository CopyFrom(string directory, string into = "")
    {
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(directory, file);
            File.Copy(file, Prepare(System.IO.Path.Combine(into, relative)), overwrite: true);
        }

        return this;
    }

    public LocalGitRepository Delete(string relativePath)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        if (Directory.Exists(full))
        {
            Directory.Delete(full, recursive: true);
        }
        else
        {
            File.Delete(full);
        }

        return this;
    }

    /// <summary>Stages everything and commits (an empty commit when nothing changed); returns the new SHA.</summary>
    public string Commit(string? message = null)
    {
        commits++;
        Git("add", "--all");
        Git("commit", "--quiet", "--allow-empty", "-m", message ?? $"commit {commits}");
        return Head;
    }

    /// <summary>A tag on HEAD: annotated when <paramref name="message"/> is given, lightweight otherwise.</summary>
    public LocalGitRepository Tag(string name, string? message = null)
    {
        if (message is null)
        {
            Git("tag", name);
        }
        else
        {
            Git("tag", "--annotate", name, "-m", message);
        }

        return this;
    }

    /// <summary>Creates a branch at HEAD and switches to it.</summary>
    public LocalGitRepository Branch(string name)
    {
        Git("switch", "--quiet", "--create", name);
        return this;
    }

    public LocalGitRepository Checkout(string branch)
    {
        Git("switch", "--quiet", branch);
        return this;
    }

    public string RevParse(string revision) => Git("rev-parse", revision).Trim();

    /// <summary>Runs git in the repository, isolated from the machine's config; throws with git's stderr on failure.</summary>
    public string Git(params string[] arguments)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        info.Environment["GIT_CONFIG_GLOBAL"] = OperatingSystem.IsWindows() ? "NUL" : "/dev/null";
        info.Environment["GIT_AUTHOR_NAME"] = info.Environment["GIT_COMMITTER_NAME"] = "Catalog Tests";
        info.Environment["GIT_AUTHOR_EMAIL"] = info.Environment["GIT_COMMITTER_EMAIL"] = "tests@fleet-catalog.invalid";
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture, $"git {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Result}"));
        }

        return output;
    }

    /// <summary>Removes the repository from disk (a repository deleted upstream); Dispose then has nothing to do.</summary>
    public void DeleteRepository()
    {
        if (!Directory.Exists(Path))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(Path, recursive: true);
        if (_container is not null)
        {
            Directory.Delete(_container, recursive: true);
        }
    }

    public void Dispose()
    {
        try
        {
            DeleteRepository();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is not worth failing a test over.
        }
    }

    private string Prepare(string relativePath)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        return full;
    }
}
