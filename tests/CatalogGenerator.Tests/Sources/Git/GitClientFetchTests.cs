using FleetCatalog.Sources.Git;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Sources.Git;

public sealed class GitClientFetchTests : IDisposable
{
    private const string Project = "balena-labs-projects__audio";
    private static readonly IReadOnlyList<string> RootFiles = SparsePatterns.For("balena.yml", "README.md");
    private readonly TempDirectory temp = new();
    private readonly List<LocalGitRepository> repositories = [];

    public void Dispose()
    {
        repositories.ForEach(r => r.Dispose());
        temp.Dispose();
    }

    [SharedDataFact]
    public async Task Only_the_sparse_files_are_fetched_and_a_big_unrelated_file_is_not_even_transferred()
    {
        var repo = Track(LocalGitRepository.Create());
        var commit = repo.CopyFrom(Path.Combine(TestPaths.Corpus, Project))
            .Write("audio/Dockerfile.template", "FROM balenalib/%%BALENA_MACHINE_NAME%%-alpine\n")
            .Write("src/index.js", "console.log('not for the catalog');\n")
            .Write("docs/guide.md", "# Guide\n")
            .WriteRandom("media/demo.mp4", 3 * GitOptions.MiB)
            .Commit();
        var git = new GitClient(new GitOptions { MaxFetchBytes = GitOptions.MiB });
        var destination = Path.Combine(temp.Path, "snapshot");

        var result = await git.FetchAsync(repo.Url, commit, SparsePatterns.For("balena.yml", "docs/guide.md"), destination);

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal(commit, result.Commit);
        Assert.Equal(["README.md", "audio/Dockerfile.template", "balena.yml", "docker-compose.yml", "docs/guide.md"], result.Files);
        Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.Corpus, Project, "balena.yml")), File.ReadAllText(Path.Combine(destination, "balena.yml")));
        Assert.False(Directory.Exists(Path.Combine(destination, ".git")));
        Assert.InRange(result.Bytes, 1, GitOptions.MiB / 4);
        Assert.Equal(1, git.Fetches);
        Assert.Equal(result.Bytes, git.FetchedBytes);
    }

    [Fact]
    public async Task An_older_commit_is_fetched_as_it_was()
    {
        var repo = Track(LocalGitRepository.Create());
        var older = repo.Write("balena.yml", "name: old\n").Commit();
        repo.Write("balena.yml", "name: new\n").Commit();
        var destination = Path.Combine(temp.Path, "old");

        var result = await new GitClient().FetchAsync(repo.Url, older, RootFiles, destination);

        Assert.Equal(older, result.Commit);
        Assert.Equal("name: old\n", File.ReadAllText(Path.Combine(destination, "balena.yml")));
    }

    [Fact]
    public async Task A_manifest_in_a_subfolder_brings_its_compose_file_and_not_its_neighbours()
    {
        var repo = Track(LocalGitRepository.Create());
        var commit = repo.Write("apps/kiosk/balena.yml", "name: kiosk\n")
            .Write("apps/kiosk/docker-compose.yml", "services: {}\n")
            .Write("apps/kiosk/main.py", "print()\n")
            .Write("apps/other/docker-compose.yml", "services: {}\n")
            .Commit();

        var result = await new GitClient().FetchAsync(repo.Url, commit, SparsePatterns.For("apps/kiosk/balena.yml", null), Path.Combine(temp.Path, "kiosk"));

        Assert.Equal(["apps/kiosk/balena.yml", "apps/kiosk/docker-compose.yml"], result.Files);
    }

    [Fact]
    public async Task A_big_file_in_a_fetched_path_is_TooLarge_and_leaves_nothing_behind()
    {
        var repo = Track(LocalGitRepository.Create());
        var commit = repo.Write("balena.yml", "name: big\n").WriteRandom("README.md", 12 * GitOptions.MiB).Commit();
        var git = new GitClient(new GitOptions { MaxFetchBytes = 2 * GitOptions.MiB });
        var destination = Path.Combine(temp.Path, "big");

        var result = await git.FetchAsync(repo.Url, commit, RootFiles, destination);

        Assert.Equal(GitFailureKind.TooLarge, result.Failure?.Kind);
        Assert.Equal(
            $"the files the catalog reads from {repo.Url} take more than 2 MiB: keep large files out of the manifest, compose, Dockerfile and guide paths",
            result.Failure!.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(destination));
        Assert.Equal(0, git.FetchedBytes);
    }

    [Fact]
    public async Task A_host_without_blobless_fetches_sends_everything_and_the_limit_still_holds()
    {
        var repo = Track(LocalGitRepository.Create(allowFilter: false));
        var commit = repo.Write("balena.yml", "name: x\n").WriteRandom("media/demo.mp4", 12 * GitOptions.MiB).Commit();
        var destination = Path.Combine(temp.Path, "nofilter");

        var result = await new GitClient(new GitOptions { MaxFetchBytes = 2 * GitOptions.MiB }).FetchAsync(repo.Url, commit, RootFiles, destination);

        Assert.Equal(GitFailureKind.TooLarge, result.Failure?.Kind);
        Assert.Equal(
            $"{repo.Url} cannot send single files (its host does not support partial fetches), and the whole commit takes more than 2 MiB",
            result.Failure!.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(destination));
    }

    [Fact]
    public async Task A_commit_the_repository_does_not_have_is_RefNotFound()
    {
        var repo = Track(LocalGitRepository.Create());
        repo.Write("balena.yml", "name: x\n").Commit();
        var unknown = new string('a', 40);

        var result = await new GitClient().FetchAsync(repo.Url, unknown, RootFiles, Path.Combine(temp.Path, "unknown"));

        Assert.Equal(GitFailureKind.RefNotFound, result.Failure?.Kind);
        Assert.Equal($"commit {unknown} is not in {repo.Url} (was the branch force-pushed or the tag moved?)", result.Failure!.Message);
    }

    [Fact]
    public async Task A_missing_repository_is_NotFound()
    {
        var result = await new GitClient().FetchAsync(
            new Uri(Path.Combine(temp.Path, "nowhere")).AbsoluteUri, new string('b', 40), RootFiles, Path.Combine(temp.Path, "missing"));

        Assert.Equal(GitFailureKind.NotFound, result.Failure?.Kind);
    }

    [Fact]
    public async Task A_symbolic_link_in_the_repository_arrives_as_a_plain_file_holding_its_target()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var repo = Track(LocalGitRepository.Create());
        File.CreateSymbolicLink(Path.Combine(repo.Path, "README.md"), "/etc/passwd");
        var commit = repo.Write("balena.yml", "name: x\n").Commit();
        var destination = Path.Combine(temp.Path, "link");

        var result = await new GitClient().FetchAsync(repo.Url, commit, RootFiles, destination);

        var readme = new FileInfo(Path.Combine(destination, "README.md"));
        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Null(readme.LinkTarget);
        Assert.Equal("/etc/passwd", File.ReadAllText(readme.FullName));
    }

    [Fact]
    public async Task Misuse_by_the_caller_throws()
    {
        var git = new GitClient();
        var used = temp.Write("used/file.txt", "x");

        await Assert.ThrowsAsync<ArgumentException>(() => git.FetchAsync("file:///x", "abc1234", RootFiles, Path.Combine(temp.Path, "a")));
        await Assert.ThrowsAsync<ArgumentException>(() => git.FetchAsync("file:///x", new string('c', 40), [], Path.Combine(temp.Path, "b")));
        await Assert.ThrowsAsync<ArgumentException>(() => git.FetchAsync("file:///x", new string('c', 40), RootFiles, Path.GetDirectoryName(used)!));
        Assert.Equal(0, git.Fetches);
    }

    private LocalGitRepository Track(LocalGitRepository repository)
    {
        repositories.Add(repository);
        return repository;
    }
}
