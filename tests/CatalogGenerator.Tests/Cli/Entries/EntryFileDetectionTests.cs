using FleetCatalog.Cli.Entries;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Cli.Entries;

public sealed class EntryFileDetectionTests
{
    [Theory]
    [InlineData("projects/hello.yml", "repository: https://github.com/o/r\n", true)]
    [InlineData("projects/broken.yml", "{{{", true)]
    [InlineData("elsewhere/hello.yml", "repository: https://github.com/o/r\ncategory: media\n", true)]
    [InlineData("elsewhere/hello.yaml", "repository: https://github.com/o/r\n", true)]
    [InlineData("elsewhere/hello.yml", "name: Hello\nrepository: https://github.com/o/r\n", false)]
    [InlineData("elsewhere/hello.yml", "repoUrl: https://github.com/o/r\n", false)]
    [InlineData("elsewhere/hello.yml", "category: media\n", false)]
    [InlineData("projects/balena.yml", "repository: https://github.com/o/r\n", false)]
    [InlineData("elsewhere/hello.json", "repository: https://github.com/o/r\n", false)]
    public void An_entry_is_told_from_a_manifest_by_its_folder_or_its_keys(string path, string text, bool isEntry)
    {
        using var folder = new TempDirectory();
        var file = folder.Write(path, text);

        Assert.Equal(isEntry, EntryFileDetection.IsCatalogEntry(file));
    }

    [Fact]
    public void Standard_input_and_folders_are_never_entries()
    {
        using var folder = new TempDirectory();

        Assert.False(EntryFileDetection.IsCatalogEntry("-"));
        Assert.False(EntryFileDetection.IsCatalogEntry(folder.Path));
    }
}
