// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Content;

/// <summary>What <see cref="ContentClassifier"/> decided for a picture, and why, in one line for users.</summary>
/// <param name="Kind">The kind of content.</param>
/// <param name="Reason">One plain sentence naming the measures that decided.</param>
/// <param name="Measures">The measures.</param>
public sealed record ContentChoice(ContentKind Kind, string Reason, ContentMeasures Measures);
