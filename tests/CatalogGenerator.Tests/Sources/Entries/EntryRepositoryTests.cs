using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;
using static FleetCatalog.Tests.Sources.Entries.EntryTesting;

namespace FleetCatalog.Tests.Sources.Entries;

public sealed class EntryRepositoryTests
{
    [Theory]
    [InlineData("https://github.com/balena-labs-projects/audio")]
    [InlineData("https://github.com/balena-labs-projects/audio.git")]
    [InlineData("https://github.com/balena-labs-projects/audio/")]
    [InlineData("https://gitlab.com/group/subgroup/project")]
    [InlineData("http://git.example.org/o/r.git")]
    [InlineData("git@github.com:balena-labs-projects/audio.git")]
    [InlineData("ssh://git@example.org/o/r.git")]
    [InlineData("git://example.org/o/r")]
    [InlineData("file:///tmp/repositories/audio")]
    public void Urls_git_clones_are_accepted(string url)
    {
        var (entry, diagnostics) = Read($"repository: {url}\n");

        Assert.Empty(diagnostics);
        Assert.Equal(url, entry?.Repository);
    }

    [Theory]
    [InlineData("balena-labs-projects/audio", "did you mean 'https://github.com/balena-labs-projects/audio'?")]
    [InlineData("github.com/balena-labs-projects/audio", "did you mean 'https://github.com/balena-labs-projects/audio'?")]
    [InlineData("https://github.com/balena-labs-projects/audio/tree/main", "write 'https://github.com/balena-labs-projects/audio' (and 'ref:'")]
    [InlineData("https://gitlab.com/group/project/-/tree/main", "write 'https://gitlab.com/group/project'")]
    [InlineData("https://user:ghp_secret@github.com/o/r", "holds a user name or token")]
    [InlineData("https://github.com/balena-labs-projects", "is not a git URL")]
    [InlineData("audio", "is not a git URL")]
    [InlineData("file://", "is not a usable file:// URL")]
    public void Other_text_is_refused_with_what_to_write(string url, string expected)
    {
        var (entry, diagnostics) = Read($"category: media\nrepository: {url}\n");

        Assert.Null(entry);
        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.EntryRepositoryInvalid));
        AssertAt(finding, 2, 13);
        Assert.Contains($"'{url}'", finding.Message, StringComparison.Ordinal);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }
}
