using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Files;

public sealed class AssetsRepositoryMustMatchRepositoryTests
{
    [Theory]
    [InlineData("https://github.com/owner/repo", "https://github.com/owner/repo")]
    [InlineData("https://github.com/Owner/Repo/", "git@github.com:owner/repo.git")]
    [InlineData("'https://www.github.com/owner/repo.git'", "https://github.com/owner/repo")]
    [InlineData("http://github.com/owner/repo", "ssh://git@github.com/owner/repo")]
    [InlineData("https://github.com/owner/repo/tree/main", "https://github.com/owner/repo")]
    public void The_same_repository_in_any_spelling_passes(string asset, string repository)
    {
        var diagnostics = TestProject.ValidateManifest(LogoManifest.WithRepository(asset), repository);

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.RepositoryMismatch));
    }

    [Theory]
    [InlineData("https://github.com/someone/else", null)]
    [InlineData("''", "https://github.com/owner/repo")]
    [InlineData("null", "https://github.com/owner/repo")]
    public void Nothing_to_compare_passes(string asset, string? repository)
    {
        Assert.Empty(TestProject.ValidateManifest(LogoManifest.WithRepository(asset), repository).WithCode(DiagnosticCodes.RepositoryMismatch));
    }

    [Fact]
    public void No_repository_asset_passes()
    {
        Assert.Empty(TestProject.ValidateManifest("name: x\ntype: sw.application\n", "https://github.com/o/r").WithCode(DiagnosticCodes.RepositoryMismatch));
    }

    [Theory]
    [InlineData("https://github.com/pipex/sweet-home", "https://github.com/pipex/sweet-home")]
    [InlineData("git@github.com:balenablocks/multiroom.git", "https://github.com/balenablocks/multiroom")]
    [InlineData("https://gitlab.com/owner/repo", "https://gitlab.com/owner/repo")]
    public void Another_repository_is_a_warning_naming_both(string asset, string named)
    {
        var diagnostics = TestProject.ValidateManifest(LogoManifest.WithRepository(asset), "git@github.com:owner/repo.git");

        var mismatch = Assert.Single(diagnostics.WithCode(DiagnosticCodes.RepositoryMismatch));
        Assert.Equal(DiagnosticSeverity.Warning, mismatch.Severity);
        Assert.Equal((7, 12), (mismatch.Span.Line, mismatch.Span.Column));
        Assert.Contains($"names {named}, but this project is https://github.com/owner/repo", mismatch.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'https://github.com/owner/repo'?", mismatch.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TODO")]
    [InlineData("https://example.com")]
    [InlineData("https://github.com/owner")]
    public void A_value_that_is_no_repository_is_a_warning_too(string asset)
    {
        var mismatch = Assert.Single(TestProject.ValidateManifest(LogoManifest.WithRepository(asset), "https://github.com/owner/repo").WithCode(DiagnosticCodes.RepositoryMismatch));

        Assert.Equal((7, 12), (mismatch.Span.Line, mismatch.Span.Column));
        Assert.Contains($"'{asset}', which is not a repository URL", mismatch.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'https://github.com/owner/repo'?", mismatch.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_directory_is_compared_with_the_repository_it_was_given()
    {
        var diagnostics = TestProject.ValidateDirectory(
            "https://github.com/fork/repo",
            ("balena.yml", LogoManifest.WithRepository("https://github.com/upstream/repo")));

        var mismatch = Assert.Single(diagnostics.WithCode(DiagnosticCodes.RepositoryMismatch));
        Assert.Equal("balena.yml", mismatch.File);
        Assert.Contains("names https://github.com/upstream/repo, but this project is https://github.com/fork/repo", mismatch.Message, StringComparison.Ordinal);
    }
}
