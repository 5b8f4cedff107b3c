using FleetCatalog.Diagnostics;
using FleetCatalog.Projects;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Files;

/// <summary>CAT505 when the host says the repository moved (GitHub redirects renamed and transferred repositories).</summary>
public sealed class AssetsRepositoryMustMatchRepositoryMovedTests
{
    private static string Manifest(string repository) =>
        $"name: x\ntype: sw.application\nassets:\n  repository:\n    type: blob.asset\n    data:\n      url: {repository}\n";

    [Fact]
    public void The_old_name_in_assets_repository_is_a_warning_naming_the_new_one()
    {
        var diagnostics = TestProject.ValidateManifest(
            Manifest("https://github.com/old-org/sound"), "https://github.com/old-org/sound",
            new RemoteRepository("main", Archived: false, CanonicalUrl: "https://github.com/new-org/sound"));

        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.RepositoryMismatch));
        Assert.Equal((7, 12), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("moved to https://github.com/new-org/sound", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_new_name_in_assets_repository_passes_even_when_the_entry_still_has_the_old_one()
    {
        var diagnostics = TestProject.ValidateManifest(
            Manifest("https://github.com/new-org/sound"), "https://github.com/old-org/sound",
            new RemoteRepository("main", Archived: false, CanonicalUrl: "https://github.com/new-org/sound"));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.RepositoryMismatch));
    }
}
