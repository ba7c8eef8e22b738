"""Common first names that news prose gives one sex, for whom 'he' and 'she' mean
when the article itself has not shown it (speakers.People reads the article first:
'said she', 'Mrs.'). Names used for both (Alex, Jordan, Jean, Andrea, Kim,
Jan, Nicola) and surnames that often come first (Lee Mei Ling) are left out: a name here
must be near-certain, since a wrong guess misattributes a quote."""

from __future__ import annotations

_WOMEN = """
Abigail Ada Adriana Agnieszka Aisha Alexandra Alice Alicia Alina Allison Amal Amanda Amelia
Amy Ana Anastasia Angela Angelina Anita Ann Anna Anne Annette Antonia Astrid Barbara Beatriz
Betsy Betty Brenda Brigitte Camila Carla Carmen Carol Caroline Catherine Cecile Charlotte
Cheryl Christina Christine Claire Claudia Cynthia Dana Daniela Deborah Debbie Diana Diane
Donna Dorothy Elena Elisabeth Elizabeth Ella Ellen Elsa Emily Emma Erika Eva Fatima Fiona
Francesca Gabriela Gabrielle Giorgia Gloria Grace Hanna Hannah Heather Heidi Helen Helena
Hillary Ilona Ingrid Irene Isabel Isabella Jacqueline Jane Janet Janice Jennifer Jessica
Joanna Joanne Johanna Joyce Judith Judy Julia Julie Karen Karin Katarzyna Kate Katherine
Kathleen Kathryn Katja Kelly Kirsten Kristen Laura Lauren Leila Lena Linda Lisa Liz Lois
Loretta Louise Lucia Lucy Madeleine Magdalena Maria Marie Marina Marine Marion Marta Martha
Mary Megan Melania Melissa Meryl Michelle Monica Monika Nadia Nancy Natalia Natalie
Nicole Nikki Nina Olga Olivia Pamela Patricia Paula Pauline Petra Rachel Rebecca Rita Rosa
Ruth Sabine Sally Samantha Sandra Sara Sarah Sharon Silvia Sofia Sonia Sophie Stephanie Susan
Susanne Suzanne Sylvie Tanja Teresa Theresa Tina Ursula Valerie Vanessa Vera Victoria
Virginie Wendy Yulia Zofia
Agnes Aileen Aine Aisling Alejandra Alessandra Alison Amina Amira Anais Angelika Anke Annika
Antje Aoife Ayesha Beata Bettina Birgit Bronwyn Bridget Brigid Caitlin Carolina Catalina
Catriona Celine Chantal Chiara Clara Colette Constance Dagmar Dolores Doris Edith Eilidh
Eleanor Elif Eliza Elke Eloise Elsie Emilia Esther Eszter Fabienne Fernanda Fiammetta
Florence Frances Freya Gemma Georgina Gertrud Gisela Gudrun Gwen Gwyneth Hadiza Halima
Harriet Hedda Helga Hilde Hildegard Ines Ioana Irena Iris Isabelle Isla Ivana Jana Janina
Jasmine Jelena Jennie Jill Joan Josephine Karina Katharina Kathrin Katrin Katrina Kirsty
Kristin Larissa Leonie Liesbeth Lilian Liliana Lorna Lotte Lucie Ludmila Luisa Lydia
Magda Maja Malgorzata Margaret Margarethe Margot Mariam Marianne Marisol Marit Marjorie Marlene
Maureen Maxine Mercedes Mette Mila Milena Miriam Moira Morag Nadine Nanna Naomi Natasha Nathalie
Niamh Nicoletta Noura Nora Norah Nuala Oksana Orla Paloma Penelope Pernille Philippa Pia Pilar
Priya Priyanka Rania Regina Renata Renate Rhiannon Rosalind Rosemary Roxana Ruby Sabrina Saoirse
Selin Selma Seren Shirley Sigrid Simone Siobhan Sinead Siri Solveig Sunita Svetlana Tamara
Tatiana Thea Ulrike Valentina Veronica Veronika Wanda Yasmin Yvonne Zainab Zeynep Zoe
"""

_MEN = """
Aaron Abdul Adam Adrian Ahmed Alan Albert Alberto Alejandro Alessandro Alexander Alexei Ali
Andrei Andrew Andrzej Anthony Antoine Antonio Arthur Benjamin Bernard Bernie Bill Bob Boris
Brian Bruce Carl Carlos Charles Chris Christian Christopher Chuck Colin Craig Dan Daniel
David Dennis Dmitry Donald Douglas Dylan Edward Emmanuel Eric Erik Fernando Francis Francisco
Frank Franz Fred Friedrich Gary George Georg Gerald Gregory Hans Harry Heinrich Henry Hugh
Ian Ivan Jack Jacob James Jason Javier Jeb Jeff Jeffrey Jens Jeremy Jerome Jim Joe Johan
Johannes John Jonathan Jorge Jose Joseph Josh Juan Karl Keith Kenneth Kevin Klaus Lars Larry
Lawrence Leonard Louis Luis Lukas Marc Marco Marcus Mark Martin Matthew Matteo Max Michael
Miguel Mike Mikhail Mitch Mohammed Muhammad Nathan Neil Nicholas Nicolas Oleksandr Oliver Olaf
Omar Oscar Pablo Patrick Paul Pedro Peter Philip Philippe Pierre Piotr Rafael Ralph Raymond
Reince Ricardo Richard Rick Robert Roberto Roger Ron Ronald Rudy Russell Ryan Samuel Scott
Sean Sebastian Sergei Stefan Stephen Steve Steven Stuart Ted Thomas Tim Timothy Tom Tony
Viktor Vincent Vladimir Volodymyr Walter Wayne William Wolfgang Yuri
Abdullah Aleksander Aleksandr Alfred Alistair Anders Andreas Angus Ansgar Anton Armin Arne Arnold
Arturo Ashok Augustin Axel Ayodele Barry Bartosz Bastian Benedikt Bjorn Brendan Callum 
Cedric Christoph Cian Ciaran Clemens Conor Cormac Cyril Damian Darren Declan Dieter Dominik
Donal Duncan Eamon Eamonn Edgar Edmund Eduardo Egon Eirik Emil Enrique Erich Ernst Ewan
Fabian Fergus Fergal Florian Gareth Gavin Geoffrey Gerhard Gianluca Giovanni
Giuseppe Gordon Graham Gregor Guillaume Gunnar Gustav Hamish Harald Hector Helmut Henrik Herbert
Horst Hugo Igor Ignacio Ingo Iain Isaac Jakob Jarosław Jerzy Joachim Joel Jonas Jordi
Jurgen Kasper Kieran Knut Konrad Kristian Krzysztof Kwame Lachlan Laurent Leif Lennart
Leon Liam Lorenzo Lothar Luca Luigi Magnus Malcolm Manfred Manuel Marek Mario Markus Marius
Mateusz Mathias Matthias Maurice Mauricio Mehmet Morten Mustafa Nigel Niklas Nikolai
Nils Norbert Olav Oleg Oliver Olusegun Ossian Oskar Owen Patrice Pavel Pedro Pieter
Rafal Rahul Rajesh Ralf Ramon Rasmus Reinhard Rhys Rodrigo Roland Ronan Rory Rupert
Salvador Sander Santiago Saul Sergio Seamus Siddharth Sigmund Simon Stanislav Stian Sunil
Sven Sylvain Tadeusz Thabo Theo Thiago Thorsten Tobias Tomasz Torben Tristan Ulrich Umberto
Uwe Vikram Vittorio Vojtech Waldemar Werner Wilhelm Wojciech Xavier Yannick Yusuf Zoltan
"""

#: first name -> 'f' or 'm'
SEX_OF_FIRST_NAME: dict[str, str] = {
    **{name: "f" for name in _WOMEN.split()},
    **{name: "m" for name in _MEN.split()},
}
