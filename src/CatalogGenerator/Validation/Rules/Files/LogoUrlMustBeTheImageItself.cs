using FleetCatalog.Diagnostics;

namespace FleetCatalog.Validation.Rules.Files;

/// <summary>
/// A <c>github.com/.../blob/...</c> link is GitHub's web page about the image; in an &lt;img&gt; it shows as a broken
/// picture. The raw URL serves the image itself.
/// </summary>
internal sealed class LogoUrlMustBeTheImageItself : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        if (context.Manifest.Logo?.Url is not { Text: { } url } value)
        {
            yield break;
        }

        var verdict = LogoUrl.Judge(url, ProjectRepository.KnownOrClaimed(context, out _));
        if (verdict.Problem == LogoUrlProblem.WebPage)
        {
            yield return DiagnosticCodes.LogoUrlIsWebPage.Create(
                $"the logo URL '{url.Trim()}' is the web page that shows the image, not the image file, so the logo appears broken: did you mean '{verdict.Suggestion}'?",
                context.File, value.Span);
        }
    }
}
