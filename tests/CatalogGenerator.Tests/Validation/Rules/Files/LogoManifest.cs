namespace FleetCatalog.Tests.Validation.Rules.Files;

/// <summary>Manifests for the logo and repository rules; the URL value always starts at line 7, column 12.</summary>
internal static class LogoManifest
{
    public static string WithLogo(string url) =>
        $"name: x\ntype: sw.application\nassets:\n  logo:\n    type: blob.asset\n    data:\n      url: {url}\n";

    public static string WithRepository(string url) =>
        $"name: x\ntype: sw.application\nassets:\n  repository:\n    type: blob.asset\n    data:\n      url: {url}\n";
}
