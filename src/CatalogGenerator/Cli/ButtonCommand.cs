using System.CommandLine;
using FleetCatalog.DeployButton;
using FleetCatalog.Devices;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Cli;

/// <summary><c>catalog button REPO</c>: print the "Deploy with balena" button for a repository, ready to paste into a README.</summary>
internal static class ButtonCommand
{
    public static Command Create()
    {
        var repository = new Argument<string>("repo") { Description = "The project's repository, such as https://github.com/owner/repo." };
        var device = new Option<string?>("--device", "-d")
        {
            Description = "The board the dashboard preselects: a device-type slug such as raspberrypi4-64 (see 'catalog devices').",
        };
        var configUrl = new Option<string?>("--config-url") { Description = "The https address of a balena.yml that is not at the repository's root." };
        var tarballUrl = new Option<string?>("--tarball-url") { Description = "The https address of an archive to build instead of the default branch." };
        var format = new Option<string>("--format", "-f") { Description = "url, markdown or html.", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("url", "markdown", "html");
        var image = new Option<string>("--image") { Description = "The button image: svg or png.", DefaultValueFactory = _ => "svg" };
        image.AcceptOnlyFromAmong("svg", "png");

        var command = new Command("button", "Print the 'Deploy with balena' button for a repository, as a link, Markdown or HTML.")
        {
            repository, device, configUrl, tarballUrl, format, image,
        };
        command.SetAction(result =>
        {
            var error = result.InvocationConfiguration.Error;
            var (slug, deviceError) = ResolveDevice(result.GetValue(device), DeviceRegistry.Default, error);
            var built = DeployUrl.TryCreate(result.GetValue(repository), slug, result.GetValue(configUrl), result.GetValue(tarballUrl));
            var problems = built.Errors.Select(e => e.Message).ToList();
            if (deviceError is not null)
            {
                problems.Insert(built.Errors.Count(e => e.Parameter == "repoUrl"), deviceError);
            }

            if (!built.Succeeded || problems.Count > 0)
            {
                problems.ForEach(p => error.WriteLine($"catalog button: {p}"));
                return ExitCodes.Unreadable;
            }

            var picture = result.GetValue(image) == "png" ? DeployButtonImage.Png : DeployButtonImage.Svg;
            result.InvocationConfiguration.Output.WriteLine(result.GetValue(format) switch
            {
                "url" => built.Url.ToString(),
                "html" => DeployButtonSnippet.Html(built.Url, picture),
                _ => DeployButtonSnippet.Markdown(built.Url, picture),
            });
            return ExitCodes.Success;
        });
        return command;
    }

    // The library checks only a slug's form; whether balena knows the board is the registry's to say. An unknown slug
    // leaves the device out of the link (so the repository is still checked) and becomes the error.
    private static (string? Slug, string? Error) ResolveDevice(string? written, DeviceRegistry registry, TextWriter notes)
    {
        var slug = written?.Trim();
        if (string.IsNullOrEmpty(slug))
        {
            return (written, null);
        }

        if (registry.Find(slug) is { } known)
        {
            Note(known, notes);
            return (slug, null);
        }

        if (registry.FindByAlias(slug) is { } aliased)
        {
            notes.WriteLine($"catalog button: '{slug}' is another name for '{aliased.Slug}' ({aliased.Name}); the button uses '{aliased.Slug}', the name the dashboard lists.");
            Note(aliased, notes);
            return (aliased.Slug, null);
        }

        return (null, $"The device type '{slug}' is not a balena board, so the dashboard could not preselect it"
            + (DidYouMean.Phrase(registry.Suggest(slug)) is { Length: > 0 } meant ? meant : ".")
            + " Run 'catalog devices' to see every board.");
    }

    private static void Note(DeviceType device, TextWriter notes)
    {
        var status = device.Status switch
        {
            DeviceSupportStatus.Discontinued => "is discontinued: balena makes no new balenaOS releases for it",
            DeviceSupportStatus.PendingDiscontinuation => $"is pending discontinuation{(device.DiscontinuationDate is { } date ? $" (announced for {date:yyyy-MM-dd})" : string.Empty)}",
            _ => null,
        };
        if (status is not null)
        {
            notes.WriteLine($"catalog button: note: '{device.Slug}' ({device.Name}) {status}; a newer board may serve people better as the default.");
        }
    }
}
