# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar


class MakeEnum(StrEnum):
    ABARTH = "ABARTH"
    ALFA_ROMEO = "ALFA ROMEO"
    AUDI = "AUDI"
    BMW = "BMW"
    CHRYSLER = "CHRYSLER"
    CITROEN = "CITROEN"
    CUPRA = "CUPRA"
    DODGE = "DODGE"
    DS_AUTOMOBILES = "DS AUTOMOBILES"
    FIAT = "FIAT"
    FORD = "FORD"
    HYUNDAI = "HYUNDAI"
    JEEP = "JEEP"
    KIA = "KIA"
    LANCIA = "LANCIA"
    LEXUS = "LEXUS"
    MASERATI = "MASERATI"
    MERCEDES_BENZ = "MERCEDES BENZ"
    MINI = "MINI"
    NISSAN = "NISSAN"
    OPEL = "OPEL"
    PEUGEOT = "PEUGEOT"
    POLESTAR = "POLESTAR"
    RAM = "RAM"
    RENAULT = "RENAULT"
    SEAT = "SEAT"
    SKODA = "SKODA"
    TESLA = "TESLA"
    TOYOTA = "TOYOTA"
    VAUXHALL = "VAUXHALL"
    VOLKSWAGEN = "VOLKSWAGEN"
    VOLVO = "VOLVO"

    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


MakeEnum._get = {member.value: member for member in MakeEnum}.get
