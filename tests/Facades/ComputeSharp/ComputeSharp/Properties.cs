// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Runtime.CompilerServices;

// The facade's own tests lose an emulated device through GraphicsDevice.Lose; nothing public is added.
[assembly: InternalsVisibleTo("PdnUpscale.Gpu.Tests")]
