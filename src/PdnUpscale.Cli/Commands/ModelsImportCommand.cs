// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.CommandLine;
using PdnUpscale.Cli.Interaction;
using PdnUpscale.Core.Errors;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Import;

namespace PdnUpscale.Cli.Commands;

/// <summary>
/// <c>pdnupscale models import FILE [--id ID] [--name TEXT] [--license TEXT]</c>: converts a community model (an
/// ncnn .param + .bin, a PyTorch .pth, a .safetensors or a plain .onnx) to a self-describing ONNX file in the
/// user's model folder and prints its id.
/// </summary>
internal sealed class ModelsImportCommand : BaseCommand
{
    private readonly Argument<string> fileArgument = new("FILE") { Description = "The model: an ncnn .param (with its .bin), a PyTorch .pth, a .safetensors or an .onnx file." };
    private readonly Option<string?> binOption = new("--bin") { Description = "The ncnn .bin file (default: the .param's name with .bin).", HelpName = "FILE.bin" };
    private readonly Option<int?> scaleOption = new("--scale") { Description = "The scale you expect; the import fails if the network's differs (default: the network's).", HelpName = "N" };
    private readonly Option<string?> idOption = new("--id") { Description = "The id to use with -m; also the file name ID.onnx (default: the file's name)." };
    private readonly Option<string?> nameOption = new("--name") { Description = "The display name (default: the id)." };
    private readonly Option<string?> licenseOption = new("--license") { Description = "The weights' license, shown in models list (default: unknown)." };
    private readonly Option<ModelPurpose> purposeOption = new("--purpose")
    {
        Description = "What the model suits.",
        HelpName = "photo|art|text",
        CustomParser = r => ModelsCommand.ParsePurpose(r.Tokens[0].Value) ?? Fail(r),
    };
    private readonly Option<string?> intoOption = new("--into") { Description = $"The folder to write into (default: {ModelLocations.UserFolder}).", HelpName = "DIR" };
    private readonly Option<bool> overwriteOption = new("--overwrite") { Description = "Replace an installed model with the same id." };

    /// <summary>Initializes a new instance of the <see cref="ModelsImportCommand"/> class.</summary>
    /// <param name="console">The console all output goes through.</param>
    public ModelsImportCommand(CliConsole console)
        : base("import", "Convert a community model (ncnn .param, PyTorch .pth, .safetensors or plain .onnx) to ONNX and install it for your user.", console)
    {
        this.Add(this.fileArgument);
        foreach (Option option in new Option[] { this.binOption, this.scaleOption, this.idOption, this.nameOption, this.licenseOption, this.purposeOption, this.intoOption, this.overwriteOption })
        {
            this.Add(option);
        }
    }

    private static ModelPurpose Fail(System.CommandLine.Parsing.ArgumentResult result)
    {
        result.AddError($"--purpose: '{result.Tokens[0].Value}' is not a purpose; use photo, art or text.");
        return ModelPurpose.Photo;
    }

    /// <inheritdoc/>
    protected override Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        string file = parseResult.GetRequiredValue(this.fileArgument);
        string id = parseResult.GetValue(this.idOption) ?? ModelImporter.DefaultId(file);
        string folder = parseResult.GetValue(this.intoOption) ?? ModelLocations.UserFolder;
        string target = Path.Combine(folder, id + ".onnx");
        if (!parseResult.GetValue(this.overwriteOption) && File.Exists(target))
        {
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"{target}: a model with the id '{id}' is already installed; pass --overwrite to replace it.");
        }

        ModelDescriptor model = ModelImporter.Import(new ModelImportRequest
        {
            ParamPath = file,
            BinPath = parseResult.GetValue(this.binOption),
            Id = id,
            Name = parseResult.GetValue(this.nameOption),
            License = parseResult.GetValue(this.licenseOption) ?? string.Empty,
            Scale = parseResult.GetValue(this.scaleOption),
            Purpose = parseResult.GetValue(this.purposeOption),
            DestinationFolder = folder,
        });
        ModelGeometry g = model.Geometry;
        string recognised = model.Description.Length > 0 ? model.Description + ", " : string.Empty;
        this.Console.DisplaySuccess($"{model.OnnxPath}: imported '{model.Id}' ({recognised}{g.Scale}x, context padding {g.ContextPadding} px, {(g.IsTileExact ? "tile-exact" : "not tile-exact")}); use it with -m {model.Id}.");
        return Task.FromResult(ExitCodes.Success);
    }
}
