using FleetCatalog.DeployButton;
using FleetCatalog.Projects.DeployButtons;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Corpus;

/// <summary>The DeployButton library reads every real deploy button in the corpus READMEs as the README check finds them.</summary>
public sealed class DeployLinkCorpusTests
{
    [SharedDataFact]
    public void Every_deploy_button_in_the_corpus_parses_and_every_one_with_a_repository_validates()
    {
        var links = Directory.EnumerateFiles(TestPaths.Corpus, "README.md", SearchOption.AllDirectories)
            .SelectMany(f => DeployButtonFinder.Find(File.ReadAllText(f)))
            .ToList();

        Assert.True(links.Count >= 40, $"only {links.Count} deploy buttons found in the corpus");
        Assert.All(links, found =>
        {
            Assert.True(DeployLink.TryParse(found.Url, out var link), found.Url);
            Assert.Equal((found.RepoUrl, found.ConfigUrl), (link.RepositoryUrl, link.ConfigUrl));
            var result = link.Validate();
            Assert.True(result.Succeeded == (link.RepositoryUrl is not null), $"{found.Url}: {string.Join(" ", result.Errors.Select(e => e.Message))}");
        });
    }
}
