# Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.
#
# Staging steps of installer/build (sourced, bash). Stage layout:
#   plugin/           everything that goes to Effects\PdnUpscale: publish output, default models, notices
#   large-models/     the optional pack, same relative paths (models/*.onnx fetched by models/fetch)
#   uninstall-files.nsh   the uninstaller's list: every staged file, then every staged folder, deepest first

# Drops what only compilers and debuggers of the packages use: native import libraries (*.lib), native debug
# symbols (libSkiaSharp.pdb alone is ~95 MB) and XML docs. PdnUpscale's own PDBs stay for readable crash logs.
# Paint.NET's dependency resolver skips .deps.json native entries whose files are absent.
trim_publish() {
  local stage=$1 doc
  find "$stage/plugin" -type f \( -name '*.lib' -o \( -name '*.pdb' ! -name 'PdnUpscale.*' \) \) -delete
  for doc in "$stage"/plugin/*.xml; do
    [[ -f ${doc%.xml}.dll ]] && rm "$doc"
  done
}

# The CPU edition carries only real code: no assembly built from tests/Facades (Paint.NET's stand-ins or the
# ComputeSharp emulation), and nothing GPU-only (PdnUpscale.Gpu, ComputeSharp, DirectML).
refuse_facades() {
  local repo=$1 stage=$2 name found=()
  while IFS= read -r name; do
    [[ -n $(find "$stage/plugin" -iname "$name.dll" -print -quit) ]] && found+=("$name.dll")
  done < <({ find "$repo/tests/Facades" -name '*.csproj' -printf '%f\n' | sed 's/\.csproj$//'; printf '%s\n' PdnUpscale.Gpu ComputeSharp ComputeSharp.Core DirectML; } | sort -u)
  ((${#found[@]} == 0)) || fail "the CPU edition must not ship ${found[*]}."
}

# Default models are the ones committed to git (small, always shipped); any other models/*.onnx was fetched by
# models/fetch and goes to the optional pack. Models the publish step already copied are sorted the same way.
# Models whose catalog license is "unknown" (the community models) are never redistributed: users fetch them.
gather_models() {
  local repo=$1 stage=$2 file name rel id
  local -A default=() unlicensed=()
  while IFS= read -r file; do default[$(basename "$file")]=1; done < <(git -C "$repo" ls-files 'models/*.onnx')
  ((${#default[@]} > 0)) || fail "no committed models/*.onnx: the plugin would ship without a model."
  # The catalog is written by PdnUpscale's own serializer: one "id" and one "license" line per entry.
  while IFS= read -r id; do unlicensed[$id.onnx]=1; done < <(awk -F'"' '/"id":/ { id = $4 } /"license":/ && tolower($4) == "unknown" { print id }' "$repo/models/catalog.json")
  while IFS= read -r -d '' file; do
    rel=${file#"$stage/plugin/"}
    [[ -n ${default[$(basename "$file")]:-} ]] && continue
    if [[ -n ${unlicensed[$(basename "$file")]:-} ]]; then
      rm "$file"
      continue
    fi
    mkdir -p "$(dirname "$stage/large-models/$rel")"
    mv "$file" "$stage/large-models/$rel"
  done < <(find "$stage/plugin" -name '*.onnx' -print0)
  mkdir -p "$stage/plugin/models"
  for file in "$repo"/models/*.onnx; do
    [[ -e $file ]] || continue
    name=$(basename "$file")
    if [[ -n ${unlicensed[$name]:-} ]]; then
      echo "gather: $name is not packed (its license is unknown; users get it with models/fetch)." >&2
    elif [[ -n ${default[$name]:-} ]]; then
      [[ -n $(find "$stage/plugin" -name "$name" -print -quit) ]] || cp "$file" "$stage/plugin/models/"
    elif [[ -z $(find "$stage/large-models" -name "$name" -print -quit) ]]; then
      mkdir -p "$stage/large-models/models"
      cp "$file" "$stage/large-models/models/"
    fi
  done
  if [[ -f $repo/models/catalog.json && -z $(find "$stage/plugin" -name catalog.json -print -quit) ]]; then
    cp "$repo/models/catalog.json" "$stage/plugin/models/"
  fi
}

# PdnUpscale's license with its third-party notices, the model weights' notices, and the license files that
# the bundled NuGet packages ship (ONNX Runtime's LICENSE and ThirdPartyNotices.txt, among others).
gather_notices() {
  local repo=$1 stage=$2 packages deps id ver dir file
  sed 's/\r*$/\r/' "$repo/LICENSE" >"$stage/plugin/LICENSE.txt"
  [[ -f $repo/models/NOTICE.md ]] || fail "models/NOTICE.md is missing: the model weights' licenses must ship with them."
  mkdir -p "$stage/plugin/models"
  cp "$repo/models/NOTICE.md" "$stage/plugin/models/NOTICE.md"
  packages=$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: *//p')
  deps=$(find "$stage/plugin" -maxdepth 1 -name '*.deps.json' -print -quit)
  [[ -n $deps ]] || fail "the publish output has no .deps.json; Paint.NET would not load the plugin's DLLs."
  grep -o '"[A-Za-z0-9_.-]*/[0-9][^"/]*": {' "$deps" | sed 's/^"\(.*\)\/\(.*\)": {$/\1 \2/' | sort -u |
    while read -r id ver; do
      dir="$packages/${id,,}/${ver,,}"
      [[ -d $dir ]] || continue
      for file in "$dir"/LICENSE* "$dir"/license* "$dir"/ThirdPartyNotices* "$dir"/NOTICE*; do
        [[ -f $file ]] || continue
        mkdir -p "$stage/plugin/notices/$id"
        cp "$file" "$stage/plugin/notices/$id/"
      done
    done
}

write_uninstall_list() {
  local stage=$1 list=$1/uninstall-files.nsh
  echo '; Generated by installer/build: every file setup installs; folders go only when left empty.' >"$list"
  (cd "$stage/plugin" && find . -type f && cd "$stage/large-models" && find . -type f) | sort -u |
    sed 's:^\./::; s:/:\\:g; s:.*:  Delete "$INSTDIR\\&":' >>"$list"
  (cd "$stage/plugin" && find . -mindepth 1 -type d && cd "$stage/large-models" && find . -mindepth 1 -type d) |
    sort -ru | sed 's:^\./::; s:/:\\:g; s:.*:  RMDir "$INSTDIR\\&":' >>"$list"
}
