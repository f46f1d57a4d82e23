// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PdnUpscale.Cli.Benchmarking;
using PdnUpscale.Cli.Commands;

namespace PdnUpscale.Cli.Interaction;

/// <summary>
/// The CLI's JSON output (<c>models list --json</c>, <c>bench --json</c>), source-generated so the
/// natively compiled CLI serializes without reflection.
/// </summary>
[JsonSerializable(typeof(IReadOnlyList<ModelListRow>))]
[JsonSerializable(typeof(BenchReport))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>Gets the context the CLI prints with: camelCase names, indented, non-ASCII text (such as "×") as is.</summary>
    public static CliJsonContext Output { get; } = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    });
}
