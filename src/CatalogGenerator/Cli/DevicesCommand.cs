using System.CommandLine;
using System.Text.Json;
using FleetCatalog.Devices;

namespace FleetCatalog.Cli;

/// <summary><c>catalog devices</c>: list the balena device types the tool knows.</summary>
internal static class DevicesCommand
{
    public static Command Create()
    {
        var arch = new Option<string?>("--arch") { Description = "Only boards of this architecture (rpi, armv7hf, aarch64, amd64, i386, i386-nlp)." };
        arch.AcceptOnlyFromAmong([.. DeviceArchitectures.All.Select(a => a.Slug())]);
        var status = new Option<string?>("--status") { Description = "Only boards with this support status." };
        status.AcceptOnlyFromAmong("supported", "pending-discontinuation", "discontinued", "unlisted");
        var format = new Option<string>("--format", "-f") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("devices", "List the balena device types (boards) the catalog knows.") { arch, status, format };
        command.Subcommands.Add(DevicesUpdateCommand.Create());
        command.SetAction(result =>
        {
            var devices = DeviceRegistry.Default.All.AsEnumerable();
            if (result.GetValue(arch) is { } a && DeviceArchitectures.TryParse(a, out var architecture))
            {
                devices = devices.Where(d => d.Architecture == architecture);
            }

            if (result.GetValue(status) is { } s)
            {
                devices = devices.Where(d => d.Status == DeviceRegistryFile.ParseStatus(s));
            }

            var output = result.InvocationConfiguration.Output;
            var list = devices.ToList();
            if (result.GetValue(format) == "json")
            {
                WriteJson(list, output);
            }
            else
            {
                WriteTable(list, output);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteTable(List<DeviceType> devices, TextWriter output)
    {
        var slugWidth = devices.Select(d => d.Slug.Length).DefaultIfEmpty(4).Max();
        var nameWidth = devices.Select(d => d.Name.Length).DefaultIfEmpty(4).Max();
        output.WriteLine($"{"SLUG".PadRight(slugWidth)}  {"NAME".PadRight(nameWidth)}  {"ARCH",-8}  STATUS");
        foreach (var d in devices)
        {
            var status = DeviceRegistryFile.StatusSlug(d.Status) + (d.DiscontinuationDate is { } date ? $" ({date:yyyy-MM-dd})" : string.Empty);
            output.WriteLine($"{d.Slug.PadRight(slugWidth)}  {d.Name.PadRight(nameWidth)}  {d.Architecture.Slug(),-8}  {status}");
        }

        output.WriteLine($"{devices.Count} device types.");
    }

    private static void WriteJson(List<DeviceType> devices, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var d in devices)
            {
                json.WriteStartObject();
                json.WriteString("slug", d.Slug);
                json.WriteString("name", d.Name);
                json.WriteString("arch", d.Architecture.Slug());
                json.WriteStartArray("aliases");
                foreach (var alias in d.Aliases)
                {
                    json.WriteStringValue(alias);
                }

                json.WriteEndArray();
                json.WriteString("status", DeviceRegistryFile.StatusSlug(d.Status));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
