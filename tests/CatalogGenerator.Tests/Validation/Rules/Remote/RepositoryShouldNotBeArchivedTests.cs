using FleetCatalog.Diagnostics;
using FleetCatalog.Projects;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Remote;

public sealed class RepositoryShouldNotBeArchivedTests
{
    private const string Manifest = "name: x\ntype: sw.application\n";

    [Fact]
    public void An_archived_repository_is_a_warning_naming_it()
    {
        var diagnostics = TestProject.ValidateManifest(Manifest, "https://github.com/example/old", new RemoteRepository("main", Archived: true));

        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.RepositoryArchived));
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Contains("https://github.com/example/old", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_live_repository_or_an_offline_check_says_nothing()
    {
        Assert.Empty(TestProject.ValidateManifest(Manifest, "https://github.com/example/new", new RemoteRepository("main", Archived: false))
            .WithCode(DiagnosticCodes.RepositoryArchived));
        Assert.Empty(TestProject.ValidateManifest(Manifest).WithCode(DiagnosticCodes.RepositoryArchived));
    }
}
