namespace FleetCatalog.DeployButton.Tests;

/// <summary>
/// The public API is pinned in PublicApi.approved.txt: a change to it fails here and writes PublicApi.received.txt beside
/// it (diff the two). Run with UPDATE_GOLDEN=1 to accept the change, then review and commit the approved file.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_api_is_the_approved_one()
    {
        var actual = PublicApi.Describe(typeof(DeployUrl).Assembly);
        var approved = Path.Combine(TestProjectDirectory(), "PublicApi.approved.txt");
        var received = Path.Combine(TestProjectDirectory(), "PublicApi.received.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(approved, actual);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(approved) ? File.ReadAllText(approved).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No approved API yet; wrote {received}. Review it, then run with UPDATE_GOLDEN=1."
            : $"The public API changed; diff {approved} and {received}. If the change is intended, run with UPDATE_GOLDEN=1 and commit the approved file.");
    }

    [Fact]
    public void The_listing_shows_nullability_defaults_and_modifiers()
    {
        var listing = PublicApi.Describe(typeof(DeployUrl).Assembly);

        Assert.Contains("public static FleetCatalog.DeployButton.DeployUrl Create(string repositoryUrl, string? defaultDeviceType = null,", listing, StringComparison.Ordinal);
        Assert.Contains("public override string ToString()", listing, StringComparison.Ordinal);
        Assert.Contains("System.Collections.Generic.IReadOnlyList<System.Collections.Generic.KeyValuePair<string, string>> Parameters { get; }", listing, StringComparison.Ordinal);
        Assert.Contains("DeployButtonImage image = DeployButtonImage.Svg)", listing, StringComparison.Ordinal);
    }

    private static string TestProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Catalog.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "DeployButton.Tests");
            }
        }

        throw new InvalidOperationException("Catalog.sln not found above " + AppContext.BaseDirectory);
    }
}
