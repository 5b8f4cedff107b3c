using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Sources.Git;

public sealed class LocalGitRepositoryTests
{
    [SharedDataFact]
    public void A_corpus_project_becomes_a_first_commit_with_its_files()
    {
        using var repo = LocalGitRepository.FromCorpus("balena-labs-projects__audio");

        var files = repo.Git("ls-tree", "-r", "--name-only", "HEAD").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains("balena.yml", files);
        Assert.Equal(40, repo.Head.Length);
        Assert.StartsWith("file:///", repo.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void Branches_tags_and_deletions_read_like_the_git_they_run()
    {
        using var repo = LocalGitRepository.Create();
        var first = repo.Write("a.txt", "a").Commit();
        repo.Tag("v1", "annotated").Tag("light");
        var second = repo.Branch("feature").Delete("a.txt").Commit("remove a");

        Assert.Equal(first, repo.RevParse("v1^{commit}"));
        Assert.NotEqual(first, repo.RevParse("v1"));
        Assert.Equal(first, repo.RevParse("light"));
        Assert.Equal(second, repo.RevParse("feature"));
        Assert.Equal(first, repo.Checkout("main").Head);
        Assert.True(File.Exists(Path.Combine(repo.Path, "a.txt")));
    }

    [Fact]
    public void Dispose_and_DeleteRepository_remove_it_from_disk()
    {
        var repo = LocalGitRepository.Create();
        repo.Write("x", "x").Commit();

        repo.DeleteRepository();
        repo.Dispose();

        Assert.False(Directory.Exists(repo.Path));
    }
}
