"""The lenient templates on what our five specs do not have: unions of models (picked by fit), unions of
a format and a plain type, int enums, consts, typed maps, nullable arrays, and CAST AI's literal enums.

tests/lenient/toy/ is a small provider spec using all of them; the pipeline generates it twice into
a temp repo (once with ``literal_enums: true``), and the mutation matrix runs over both.
"""

from __future__ import annotations

import enum
import pickle
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import facade
from tests.pipeline.conftest import copy_pipeline, import_package, run_pipeline

from .conftest import client, parse
from .test_mutations import run_matrix

TOY = Path(__file__).parent / "toy"
TOYS = {"lenienttoy": "", "lenientlit": "literal_enums: true\n"}
CAT = {"kind": "cat", "meow": "purr", "color": "red"}
DOG = {"kind": "dog", "bark": 3, "level": 2}
PET: dict[str, Any] = {
    "id": "8f2d6c1e-5b7a-4c3e-9a41-2f6e0d9b7c55",
    "name": "Rex",
    "color": "green",
    "level": 1,
    "born": "2024-05-01T10:00:00+00:00",
    "seen": None,
    "friend": DOG,
    "chip": 42,
    "nickname": "not-a-uuid",
    "tags": ["good"],
    "notes": [None, 1, "x"],
    "collars": None,
    "by_color": {"morning": "red"},
    "by_name": {"daily": {"size": 3, "bought": "2024-01-02"}},
    "labels": {"a": "b"},
}


@pytest.fixture(scope="module")
def toys(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    root = tmp_path_factory.mktemp("toys")
    copy_pipeline(root)
    for provider, extra in TOYS.items():
        folder = root / "specs" / provider
        folder.mkdir(parents=True)
        shutil.copy2(TOY / "openapi.yaml", folder / "openapi.yaml")
        shutil.copy2(TOY / "overlay.yaml", folder / "overlay.yaml")
        config = f"project_name_override: {provider}-client\npackage_name_override: {provider}_client\n{extra}"
        (folder / "generator.yaml").write_text(config, encoding="utf-8")
    result = run_pipeline(root, "generate")
    assert result.returncode == 0, result.stdout + result.stderr
    generated = root / "generated"
    packages = {p: import_package(generated, f"{p}_client") for p in TOYS}
    # import_package put this generated/ first on sys.path: move it last, so the repository's
    # registry (facade.providers()) stays the one imported later.
    sys.path.remove(str(generated))
    sys.path.append(str(generated))
    yield packages
    sys.path.remove(str(generated))
    for name in [m for m, mod in sys.modules.items() if str(getattr(mod, "__file__", "")).startswith(str(generated))]:
        del sys.modules[name]


@pytest.mark.parametrize("provider", sorted(TOYS))
def test_the_mutation_matrix_passes_on_every_template(provider: str, toys: dict[str, Any]) -> None:
    problems = run_matrix(provider, examples=6)
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems[:30])


def test_a_valid_pet_parses_without_a_deviation(toys: dict[str, Any]) -> None:
    pet = parse(client("lenienttoy", strict=True), "getPet", 200, PET)
    assert type(pet.friend).__name__ == "Dog" and pet.friend.level == 2
    assert pet.chip == 42 and pet.nickname == "not-a-uuid"  # the plain member takes what the uuid does not
    assert pet.to_dict()["by_name"] == PET["by_name"]
    assert pet.collars is None and pet.seen is None


def test_a_union_of_models_picks_the_member_that_fits(toys: dict[str, Any]) -> None:
    animals = parse(client("lenienttoy", strict=True), "listAnimals", 200, [CAT, DOG])
    assert [type(a).__name__ for a in animals] == ["Cat", "Dog"]
    bent_dog = {**DOG, "level": 7}  # Dog with one deviation beats Cat with two (kind, meow)
    lenient = client("lenienttoy", strict=False)
    animals = parse(lenient, "listAnimals", 200, [CAT, bent_dog])
    assert type(animals[1]).__name__ == "Dog" and animals[1].level == 7
    assert "not in the spec" in repr(animals[1].level)
    assert lenient.deviations == {("listAnimals", "$[*].level", "enum"): 1}
    with pytest.raises(facade.DecodeError) as info:
        parse(client("lenienttoy", strict=True), "listAnimals", 200, [CAT, bent_dog])
    assert [(d.path, d.kind) for d in info.value.deviations] == [("$[1].level", "enum")]


def test_a_union_member_whose_tag_matches_wins_over_one_with_as_few_deviations(toys: dict[str, Any]) -> None:
    """A dog without its bark is a Dog with a missing field, not a Cat whose kind and meow are off."""
    lenient = client("lenienttoy", strict=False)
    (animal,) = parse(lenient, "listAnimals", 200, [{"kind": "dog", "level": 2}])
    assert type(animal).__name__ == "Dog" and animal.level == 2
    assert lenient.deviations == {("listAnimals", "$[*].bark", "missing"): 1}
    with pytest.raises(facade.DecodeError) as info:
        parse(client("lenienttoy", strict=True), "listAnimals", 200, [{"kind": "dog", "level": 2}])
    assert [(d.path, d.kind) for d in info.value.deviations] == [("$[0].bark", "missing")]


def test_the_facade_weighs_a_missed_tag_as_the_generated_code_does(toys: dict[str, Any]) -> None:
    from facade import _deviations

    for package in toys.values():
        assert package._lenient.WRONG_TAG == _deviations.WRONG_TAG


def test_a_value_no_member_takes_is_kept(toys: dict[str, Any]) -> None:
    lenient = client("lenienttoy", strict=False)
    pet = parse(lenient, "getPet", 200, {**PET, "chip": "no-uuid", "friend": "a goldfish"})
    assert pet.chip == "no-uuid" and pet.friend == "a goldfish"
    assert lenient.deviations == {("getPet", "$.chip", "format"): 1, ("getPet", "$.friend", "type"): 1}


def test_int_enums_keep_unseen_values(toys: dict[str, Any]) -> None:
    level_type: type[enum.IntEnum] = type(parse(client("lenienttoy", strict=True), "getPet", 200, PET).level)
    pet = parse(client("lenienttoy", strict=False), "getPet", 200, {**PET, "level": 9})
    assert pet.level == 9 and isinstance(pet.level, level_type) and int(pet.level) == 9
    assert repr(pet.level) == f"<{level_type.__name__} 9 (not in the spec)>"
    assert str(pet.level) == "9" and pet.to_dict()["level"] == 9
    assert list(level_type) == [level_type(1), level_type(2), level_type(3)]
    with pytest.raises(ValueError, match="9 is not a valid"):  # building one by hand still checks
        level_type(9)


def test_literal_enums_keep_unseen_values(toys: dict[str, Any]) -> None:
    models = toys["lenientlit"].models
    pet = parse(client("lenientlit", strict=False), "getPet", 200, {**PET, "color": "purple"})
    assert pet.color == "purple" and pet.to_dict()["color"] == "purple"
    assert sys.modules["lenientlit_client.models.color"].check_color("red") == "red"
    assert models.Color is not None  # a Literal alias, not a class
    with pytest.raises(facade.DecodeError) as info:
        parse(client("lenientlit", strict=True), "getPet", 200, {**PET, "color": "purple"})
    assert info.value.deviations[0].expected == "one of 'blue', 'green', 'red' (Color)"


def test_enum_members_the_spec_does_not_list(toys: dict[str, Any]) -> None:
    lenient = client("lenienttoy", strict=False)
    color = parse(lenient, "getPet", 200, {**PET, "color": "purple"}).color
    again = parse(lenient, "getPet", 200, {**PET, "color": "purple"}).color
    color_type: type[enum.StrEnum] = type(color)
    red = color_type["RED"]  # the generated toy class, made at run time: its members by name
    assert color == "purple" and isinstance(color, str) and isinstance(color, color_type)
    assert color is again  # made once, shared
    assert color.value == "purple" and str(color) == "purple" and f"{color}" == "purple"
    assert repr(color) == "<Color 'purple' (not in the spec)>" and repr(red) == "<Color.RED: 'red'>"
    assert color not in list(color_type) and len(color_type) == 3
    assert hash(color) == hash("purple") and {"purple": 1}[color] == 1
    assert pickle.loads(pickle.dumps(color)) == "purple"  # noqa: S301 - our own bytes
    assert pickle.loads(pickle.dumps(red)) is red  # noqa: S301
    with pytest.raises(ValueError, match="'purple' is not a valid"):
        color_type("purple")


def test_new_enum_values_do_not_grow_memory_without_bound(toys: dict[str, Any]) -> None:
    lenient_module = sys.modules["lenienttoy_client._lenient"]
    color_type = sys.modules["lenienttoy_client.models.color"].Color
    for n in range(lenient_module._PSEUDO_LIMIT + 50):
        assert lenient_module.member(color_type, f"shade-{n}") == f"shade-{n}"
    assert len(lenient_module._pseudo) <= lenient_module._PSEUDO_LIMIT


def test_a_request_body_given_as_a_dict_is_still_checked(toys: dict[str, Any]) -> None:
    """from_dict is lenient for answers; a dict body the facade builds a model from is not."""
    from facade._deviations import from_dict_strict

    pet_type = toys["lenienttoy"].models.Pet
    assert from_dict_strict(pet_type, PET).name == "Rex"
    with pytest.raises(KeyError, match="name"):
        from_dict_strict(pet_type, {k: v for k, v in PET.items() if k != "name"})
    with pytest.raises(ValueError, match=r"\$\.friend\.level: expected one of 1, 2, 3 \(Level\)"):
        from_dict_strict(pet_type, {**PET, "friend": {**DOG, "level": 7}})
