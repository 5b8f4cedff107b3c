using FleetCatalog.Cli.Entries;

namespace FleetCatalog.Tests.Cli.Entries;

public sealed class SlugChoiceTests
{
    [Fact]
    public void The_manifest_name_comes_first_then_the_repository_name()
    {
        Assert.Equal("balena-sound", SlugChoice.Choose("balenaSound", "sound-repo", "o", _ => false));
        Assert.Equal("sound-repo", SlugChoice.Choose(null, "Sound_Repo", "o", _ => false));
        Assert.Equal("sound-repo", SlugChoice.Choose("!!!", "sound-repo", "o", _ => false));
    }

    [Fact]
    public void A_taken_slug_gets_the_owner_then_a_number()
    {
        Assert.Equal("pi-hole-klutchell", SlugChoice.Choose("Pi-hole", "pihole", "klutchell", s => s == "pi-hole"));
        Assert.Equal("pi-hole-2", SlugChoice.Choose("Pi-hole", "pihole", "klutchell", s => s is "pi-hole" or "pi-hole-klutchell"));
    }
}
