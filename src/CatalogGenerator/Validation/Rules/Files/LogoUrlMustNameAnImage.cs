using FleetCatalog.Diagnostics;

namespace FleetCatalog.Validation.Rules.Files;

/// <summary>
/// A logo link that does not end in an image file name is often a web page (a gallery, a repository page), which
/// shows as a broken picture; sometimes it is an image server that names no file, hence a warning.
/// </summary>
internal sealed class LogoUrlMustNameAnImage : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        if (context.Manifest.Logo?.Url is not { Text: { } url } value || url.Trim().Length == 0)
        {
            yield break;
        }

        if (LogoUrl.Judge(url, ProjectRepository.KnownOrClaimed(context, out _)).Problem == LogoUrlProblem.NotImage)
        {
            var extensions = string.Join(", ", LogoUrl.ImageExtensions.SkipLast(1)) + " or " + LogoUrl.ImageExtensions[^1];
            yield return DiagnosticCodes.LogoUrlNotImage.Create(
                $"the logo URL '{url.Trim()}' does not end in an image file name ({extensions}); if it opens a web page rather than the image, the logo appears broken: link the image file itself",
                context.File, value.Span);
        }
    }
}
