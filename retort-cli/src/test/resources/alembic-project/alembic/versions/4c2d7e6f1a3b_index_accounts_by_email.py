"""index accounts by email

Revision ID: 4c2d7e6f1a3b
Revises: 27a6b2fa3c5d
Create Date: 2026-12-07 07:02:13.419449

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '4c2d7e6f1a3b'
down_revision: Union[str, Sequence[str], None] = '27a6b2fa3c5d'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
