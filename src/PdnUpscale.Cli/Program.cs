// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Cli;
using PdnUpscale.Cli.Interaction;

return await CliApplication.InvokeAsync(args, CliConsole.CreateDefault(), handleCtrlC: true).ConfigureAwait(false);
