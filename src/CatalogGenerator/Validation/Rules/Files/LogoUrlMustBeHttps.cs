using FleetCatalog.Diagnostics;

namespace FleetCatalog.Validation.Rules.Files;

/// <summary>
/// balenaHub and the catalog are https pages that load the logo from its URL: a plain-http image is blocked or
/// rewritten by browsers there, and a path in the repository or a data: URL is no web address at all.
/// </summary>
internal sealed class LogoUrlMustBeHttps : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        if (context.Manifest.Logo?.Url is not { Text: { } url } value || url.Trim().Length == 0)
        {
            yield break;
        }

        var verdict = LogoUrl.Judge(url, ProjectRepository.KnownOrClaimed(context, out _));
        if (verdict.Problem != LogoUrlProblem.NotHttps)
        {
            yield break;
        }

        var text = url.Trim();
        var why = text.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
            ? $"the logo is a data: URL ('{Shorten(text)}'), but the catalog shows only logos linked from an https address: put the image in the repository and link its https URL"
            : text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                ? $"the logo URL '{text}' is plain http; balenaHub and the catalog are https pages, where browsers block or rewrite http images: use https"
                : LogoUrl.IsPath(text)
                    ? $"the logo URL '{text}' is a path in the repository, not a web address, so balenaHub and the catalog cannot load it: link the image's https URL"
                    : $"the logo URL '{text}' is not an https address, so balenaHub and the catalog cannot load it: link the image with an https URL";
        var suggestion = verdict.Suggestion is null ? string.Empty : $"; did you mean '{verdict.Suggestion}'?";
        yield return DiagnosticCodes.LogoUrlNotHttps.Create(why + suggestion, context.File, value.Span);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
